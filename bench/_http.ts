import http from "node:http";

/**
 * A lean HTTP client for load generation: node:http with keep-alive sockets. The load generator
 * shares this machine's cores with the server it measures; Node's built-in fetch costs several
 * times more CPU per request, and that CPU would be taken from the server and counted against it.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

export function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}
