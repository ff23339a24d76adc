/**
 * pdf-lib's standard fonts (Helvetica) encode text as WinAnsi (Windows-1252) and throw on any
 * character outside it, e.g. "ł", "ő", Cyrillic, emoji or a zero-width space. A name like
 * "Łukasz Wójcik" must still produce a report, so text is made encodable first: characters with a
 * WinAnsi decomposition lose their accent (Ł -> L, ő -> o), common typography is mapped to its
 * nearest WinAnsi form, and anything else becomes "?". Embedding a Unicode font would need a
 * font file and fontkit, which the project does not ship; the HTML report shows the exact text.
 */

// Windows-1252 0x80-0x9F: the printable characters beyond Latin-1.
const CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.includes(char);
}

const REPLACEMENTS: Record<string, string> = {
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u202f": " ",
  "\u2009": " ",
  "\u2002": " ",
  "\u2003": " ",
};

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/** Text made safe for a WinAnsi font. Line breaks are kept (the caller lays out lines), tabs become spaces. */
export function sanitiseWinAnsi(text: string): string {
  let out = "";
  for (const char of text.replace(INVISIBLE, "").replace(/\r\n?/g, "\n").replace(/\t/g, "    ")) {
    if (char === "\n" || isWinAnsi(char)) {
      out += char;
      continue;
    }
    const mapped = REPLACEMENTS[char];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Decompose (é -> e + combining accent) and keep the base letters if they are encodable.
    const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += base !== "" && [...base].every(isWinAnsi) ? base : "?";
  }
  return out;
}
