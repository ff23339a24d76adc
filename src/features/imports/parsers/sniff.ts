import chardet from "chardet";
import iconv from "iconv-lite";
import { detectDelimiter } from "@/domain/imports";
import type { CsvDialect, ImportFormat } from "./types";

/**
 * Reads the first bytes of an upload: which format it is and, for CSV, its encoding and delimiter.
 * A file that decodes as UTF-8 is UTF-8 (with or without BOM); anything else is what chardet says,
 * with Windows-1252 (what Excel writes on Dutch Windows machines) when it cannot tell.
 */
export function sniffFormat(head: Uint8Array, fileName = ""): ImportFormat {
  const name = fileName.toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b) return "xlsx"; // a ZIP container ("PK")
  const start = Buffer.from(head.subarray(0, 200))
    .toString("latin1")
    .replace(/^\uFEFF|^ï»¿/, "")
    .trimStart();
  if (/^BEGIN:VCARD/i.test(start) || name.endsWith(".vcf")) return "vcard";
  return "csv";
}

export function sniffCsvDialect(head: Uint8Array): CsvDialect {
  const encoding = detectEncoding(head);
  const text = iconv.decode(Buffer.from(head), encoding).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return { encoding, delimiter: detectDelimiter(firstLine) };
}

function detectEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (isUtf8(trimPartialUtf8(head))) return "utf-8";
  const guess = chardet.detect(head);
  if (!guess || /^(ascii|utf-8|iso-8859-1)$/i.test(guess)) return "windows-1252";
  return iconv.encodingExists(guess) ? guess.toLowerCase() : "windows-1252";
}

/** The sample may end inside a multi-byte character; drop that tail before checking. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = bytes[end - i];
    if ((b & 0xc0) === 0x80) continue;
    if ((b & 0xc0) === 0xc0) end -= i;
    break;
  }
  return bytes.subarray(0, end);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
