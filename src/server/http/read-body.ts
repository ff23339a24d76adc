import { AppError } from "../errors";

/**
 * Reads a request body up to a limit, stopping as soon as it is exceeded: a caller cannot make the
 * server buffer an unlimited body (memory exhaustion) just by sending one. Every route that reads a
 * body goes through here; public routes check their token first and read the body after.
 */
export const BODY_LIMITS = {
  /** The integration API (JSON). */
  api: 2_000_000,
  /** Public endpoints (one-click unsubscribe, forms): small by nature. */
  public: 16_384,
} as const;

export async function readBodyText(req: Request, maxBytes: number): Promise<string> {
  return (await readBodyBytes(req, maxBytes)).toString("utf8");
}

/** The body as bytes, for a body that is no UTF-8 text (a raw e-mail message may be 8-bit anything). */
export async function readBodyBytes(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number) {
  return new AppError("INVALID_INPUT", `The body is larger than ${maxBytes} bytes.`, {
    fields: [{ field: "_body", message: `The body is larger than ${maxBytes} bytes.` }],
  });
}
