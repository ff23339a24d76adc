import { describe, expect, it } from "vitest";
import {
  checkAttachments,
  MAX_ATTACHMENT_BYTES,
  safeFileName,
  sniffAttachmentType,
} from "@/features/consents/rules/attachment-rules";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR");
const WEBP = bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ");
const HEIC = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0]);
const PDF = bytes("%PDF-1.7\n");

describe("attachment types are read from the bytes", () => {
  it.each([
    ["image/jpeg", JPEG],
    ["image/png", PNG],
    ["image/webp", WEBP],
    ["image/heic", HEIC],
    ["application/pdf", PDF],
  ])("recognises %s", (type, data) => {
    expect(sniffAttachmentType(data)).toBe(type);
  });

  it("refuses HTML, SVG, executables and other containers", () => {
    expect(sniffAttachmentType(bytes("<html><script>"))).toBeNull();
    expect(sniffAttachmentType(bytes("<svg xmlns="))).toBeNull();
    expect(sniffAttachmentType(bytes("MZ\x90\x00"))).toBeNull();
    expect(sniffAttachmentType(bytes([0, 0, 0, 0x18], "ftypmp42"))).toBeNull();
    expect(sniffAttachmentType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeNull();
  });
});

describe("checkAttachments", () => {
  it("accepts photos and PDFs up to 10 MB, with the sniffed type and a safe name", () => {
    const r = checkAttachments([
      { fileName: "../../IMG 0001.HEIC", data: HEIC },
      { fileName: "scan.pdf", data: PDF },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ["IMG-0001.heic", "image/heic"],
      ["scan.pdf", "application/pdf"],
    ]);
  });

  it("names the file that is empty, too large, or of another type", () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PNG);
    const r = checkAttachments(
      [
        { fileName: "a.png", data: new Uint8Array() },
        { fileName: "b.png", data: big },
        { fileName: "c.jpg", data: bytes("<script>") },
      ],
      "consents.0.attachments",
    );
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([
      ["consents.0.attachments.0", "empty_file"],
      ["consents.0.attachments.1", "file_too_large"],
      ["consents.0.attachments.2", "file_type"],
    ]);
  });

  it("accepts exactly 10 MB and refuses a sixth file", () => {
    const max = new Uint8Array(MAX_ATTACHMENT_BYTES);
    max.set(JPEG);
    expect(checkAttachments([{ fileName: "max.jpg", data: max }]).problems).toEqual([]);
    const six = Array.from({ length: 6 }, (_, i) => ({ fileName: `${i}.png`, data: PNG }));
    expect(checkAttachments(six).problems.map((p) => p.code)).toEqual(["too_many_files"]);
  });
});

describe("safeFileName", () => {
  it("strips paths, quotes and control characters, and sets the extension from the real type", () => {
    expect(safeFileName('C:\\fake\\"evil"\r\n.png.exe', "image/png")).toBe("evil.png");
    expect(safeFileName("", "application/pdf")).toBe("attachment.pdf");
    expect(safeFileName("kaartje.jpeg", "image/jpeg")).toBe("kaartje.jpg");
  });
});
