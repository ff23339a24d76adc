/**
 * A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection,
 * OWASP); a leading apostrophe keeps it text. Every CSV the product writes from stored values goes
 * through this.
 */
export const neutraliseCell = (v: string | null | undefined) => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ""));
