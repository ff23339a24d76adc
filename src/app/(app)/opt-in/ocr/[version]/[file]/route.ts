import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { z } from "zod";
import { withPermission } from "@/server/http/with-permission";
import { OCR_ASSETS, OCR_ASSET_NAMES, OCR_VERSION } from "@/features/opt-in/ocr-assets";

const ZParams = z.object({ version: z.literal(OCR_VERSION), file: z.enum(OCR_ASSET_NAMES) });

/**
 * The business-card reader's engine and language data, streamed from the npm packages they ship
 * in. Only the listed names are served (no path is built from the request), only to users who may
 * record consents. The URL holds the engine's version, so the browser may keep the files for a
 * year; the worker also keeps the language data in IndexedDB, so a rep reads cards at a fair
 * without downloading them again.
 */
export const GET = withPermission<{ version: string; file: string }>("consents:record", async (_req, { params }) => {
  const parsed = ZParams.safeParse(params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const asset = OCR_ASSETS[parsed.data.file];
  // The server runs from the project folder (npm start); node_modules is read at run time, not bundled.
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", asset.packageDir, asset.file);
  const { size } = await stat(file);
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": asset.type,
      "Content-Length": String(size),
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
});
