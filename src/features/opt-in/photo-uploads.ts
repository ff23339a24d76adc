import { z } from "zod";

/** Card photos as the browser sends them to an action: Blobs (React serialises them), at most five. */
export const ZPhotoUploads = z
  .array(z.object({ name: z.string().max(200), file: z.instanceof(Blob) }))
  .max(5)
  .optional();

/** The photos read into bytes, as the consent services store them. */
export function readPhotoUploads(photos: z.infer<typeof ZPhotoUploads>) {
  return Promise.all(
    (photos ?? []).map(async (p) => ({
      fileName: p.name || "photo",
      mimeType: p.file.type,
      data: new Uint8Array(await p.file.arrayBuffer()),
    })),
  );
}
