/**
 * Generates the app icons in public/ from the one source image, scripts/icons/grondslag.svg:
 * the sizes phones and browsers ask for (192 and 512 for the web app manifest, a maskable 512 whose
 * mark stays inside the safe circle, the 180 apple-touch icon, favicon.ico with 16, 32 and 48).
 * Renders with resvg (a development dependency), so the output is the same on every machine.
 *
 *   node scripts/generate-icons.mjs
 *
 * Commit the source and the generated files together.
 */
import { Resvg } from "@resvg/resvg-js";
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "scripts", "icons", "grondslag.svg");
const out = (name) => path.join(root, "public", name);
const svg = readFileSync(source, "utf8");
const BACKGROUND = "#186446";

/**
 * One square PNG. `maskable` draws the mark at 70% on a full-bleed background: launchers cut the
 * icon to their own shape and only promise to keep the middle 80% circle.
 */
function render(size, { maskable = false } = {}) {
  const image = maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${BACKGROUND}"/><svg x="77" y="77" width="358" height="358" viewBox="0 0 512 512">${svg.replace(/^[\s\S]*?<svg[^>]*>|<\/svg>\s*$/g, "")}</svg></svg>`
    : svg;
  return new Resvg(image, { fitTo: { mode: "width", value: size } }).render().asPng();
}

/** favicon.ico: an ICO directory whose entries are PNG images (supported by every current browser). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

writeFileSync(out("icon-192.png"), render(192));
writeFileSync(out("icon-512.png"), render(512));
writeFileSync(out("icon-maskable-512.png"), render(512, { maskable: true }));
writeFileSync(out("apple-touch-icon.png"), render(180, { maskable: true }));
writeFileSync(out("favicon.ico"), ico([16, 32, 48].map((size) => ({ size, data: render(size) }))));
copyFileSync(source, out("icon.svg"));
console.log("Icons written to public/.");
