import type { PublicLanguage } from "./schemas";

/** The language asked for in the link, else the visitor's, if the form offers it; else the form's first. */
export function pickLanguage(offered: string[], asked: string | undefined, locale: string): PublicLanguage {
  const ok = (l: string | undefined): l is PublicLanguage => !!l && offered.includes(l) && (l === "nl" || l === "en");
  if (ok(asked)) return asked;
  if (ok(locale)) return locale;
  return offered[0] === "en" ? "en" : "nl";
}
