/** A text shown to people, in the two languages the product ships (Dutch first: the law's language). */
export interface Bilingual {
  nl: string;
  en: string;
}
