/**
 * Public endpoints check the token before they read a body, and never read more than a small one:
 * an anonymous caller cannot make the server buffer megabytes (or anything) without a valid link.
 */
import { describe, expect, it } from "vitest";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signUnsubscribeToken } from "@/server/tokens/unsubscribe-token";
import { BODY_LIMITS, readBodyText } from "@/server/http/read-body";
import { POST } from "@/app/(public)/u/[token]/route";

/** A body that counts how many bytes the server pulled from it. */
function countingBody(totalBytes: number) {
  const state = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= totalBytes) return controller.close();
        const chunk = new TextEncoder().encode("x".repeat(Math.min(65_536, totalBytes - sent)));
        sent += chunk.byteLength;
        state.pulled = sent;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  ); // nothing is pulled until someone reads
  return { stream, state };
}

const post = (token: string, body: ReadableStream<Uint8Array>) =>
  POST(
    new Request(`http://localhost/u/${token}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit),
    { params: Promise.resolve({ token }) },
  );

describe("public endpoints and request bodies", () => {
  it("refuses a bad token without reading the body", async () => {
    const { stream, state } = countingBody(10_000_000);
    const res = await post("v1.not-a-token.AAAA", stream);
    expect(res.status).toBe(400);
    expect(state.pulled).toBe(0);
  });

  it("stops reading a body over the limit, even with a valid token", async () => {
    const token = signUnsubscribeToken(tokenSigner(), {
      c: "0193a5b2-8d2f-7e40-8b72-3a1d2f5c6b7e",
      p: "newsletter",
      ch: "email",
    });
    const { stream, state } = countingBody(50_000_000);
    const res = await post(token, stream);
    expect(res.status).toBe(400);
    expect(state.pulled).toBeLessThan(BODY_LIMITS.public + 200_000);
  });

  it("refuses a declared length over the limit before reading", async () => {
    const req = new Request("http://localhost/x", {
      method: "POST",
      body: "x",
      headers: { "content-length": String(BODY_LIMITS.api + 1) },
    });
    await expect(readBodyText(req, BODY_LIMITS.api)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
