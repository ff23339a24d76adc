export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** Dutch first: the product is built for Dutch organisations (AVG, Telecommunicatiewet). */
export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const TIME_ZONE = "Europe/Amsterdam";
export const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);
