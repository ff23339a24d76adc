import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { PinnedDestination } from "./safe-destination";

/**
 * POSTs to the address that was checked, whatever DNS answers now: the connection's `lookup` is
 * answered with the pinned address, while the Host header and TLS server name stay the endpoint's
 * own name (so certificates are verified as usual). No redirect is followed.
 */
export function postPinned(
  dest: PinnedDestination,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<number> {
  const request = dest.url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      dest.url,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
        lookup: (_host, opts, callback) => {
          if ((opts as { all?: boolean }).all)
            (callback as unknown as (err: null, all: { address: string; family: number }[]) => void)(null, [
              { address: dest.address, family: dest.family },
            ]);
          else callback(null, dest.address, dest.family);
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}
