/**
 * Scans of business cards and forms, kept as consent evidence (AVG art. 7 lid 1). Limited in type
 * and size: they are stored in the database with the record, shown back to staff in a browser, and
 * must be something a person can look at. The type is read from the file's first bytes, never from
 * the name or the browser's claim, so a script renamed to card.jpg is refused.
 */
import type { FieldProblem } from "@/server/errors";
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export const ALLOWED_ATTACHMENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "application/pdf",
] as const;
export type AttachmentType = (typeof ALLOWED_ATTACHMENT_TYPES)[number];

const startsWith = (data: Uint8Array, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b);
const ascii = (data: Uint8Array, from: number, to: number) => String.fromCharCode(...data.subarray(from, to));

/** HEIF brands phones write (iPhone photos are "heic"; "mif1"/"msf1" are the generic HEIF ones). */
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

export function sniffAttachmentType(data: Uint8Array): AttachmentType | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (data.length >= 12 && ascii(data, 0, 4) === "RIFF" && ascii(data, 8, 12) === "WEBP") return "image/webp";
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (data.length >= 12 && ascii(data, 4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(data, 8, 12))) return "image/heic";
  return null;
}

const EXTENSIONS: Record<AttachmentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/pdf": "pdf",
};

/** A file name safe to send back in Content-Disposition: no path, no quotes or control characters. */
export function safeFileName(name: string, type: AttachmentType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFKD")
    .replace(/[^\w.\- ]+/g, "")
    .replace(/\s+/g, "-")
    .replace(/^\.+/, "")
    .slice(0, 100);
  // Every trailing extension goes ("card.png.exe" -> "card"); the real type supplies the one kept.
  const stem = base.replace(/(\.[A-Za-z0-9]{1,4})+$/, "") || "attachment";
  return `${stem}.${EXTENSIONS[type]}`;
}

export interface CheckedAttachment {
  fileName: string;
  mimeType: AttachmentType;
  data: Uint8Array;
}

export function checkAttachments(
  files: readonly { fileName: string; data: Uint8Array }[],
  prefix = "attachments",
): { problems: FieldProblem[]; files: CheckedAttachment[] } {
  const problems: FieldProblem[] = [];
  const checked: CheckedAttachment[] = [];
  if (files.length > MAX_ATTACHMENTS) {
    problems.push({
      field: prefix,
      key: "consents.errors.tooManyFiles",
      code: "too_many_files",
      message: `At most ${MAX_ATTACHMENTS} files.`,
    });
  }
  files.forEach((file, i) => {
    const field = `${prefix}.${i}`;
    if (file.data.byteLength === 0) {
      problems.push({ field, key: "consents.errors.emptyFile", code: "empty_file", message: "The file is empty." });
      return;
    }
    if (file.data.byteLength > MAX_ATTACHMENT_BYTES) {
      problems.push({
        field,
        key: "consents.errors.fileTooLarge",
        code: "file_too_large",
        message: "The file is larger than 10 MB.",
      });
      return;
    }
    const type = sniffAttachmentType(file.data);
    if (type === null) {
      problems.push({
        field,
        key: "consents.errors.fileType",
        code: "file_type",
        message: "Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.",
      });
      return;
    }
    checked.push({ fileName: safeFileName(file.fileName, type), mimeType: type, data: file.data });
  });
  return { problems, files: checked };
}
