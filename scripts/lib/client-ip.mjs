/**
 * Who is on the other end of a connection. The socket's address is the only value a client cannot
 * forge; X-Forwarded-For is read only when the socket belongs to a proxy the operator listed in
 * TRUSTED_PROXIES (comma-separated addresses or CIDR ranges, e.g. "127.0.0.1,10.0.0.0/8"), and then
 * from the right: the last address that is not itself a trusted proxy is the client. The sign-in
 * throttle and the audit trail both rely on this value.
 *
 * Plain JavaScript so that the production server (scripts/serve.mjs) runs without a compiler.
 */
import { BlockList, isIP } from "node:net";

/** @param {string | undefined} raw @returns {BlockList} */
export function parseTrustedProxies(raw) {
  const list = new BlockList();
  for (const entry of (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : isIP(address) === 4 ? "ipv4" : null;
    if (!type) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) -> "127.0.0.1". */
export function plainAddress(address) {
  const a = (address ?? "").trim();
  return a.startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

function isTrusted(list, address) {
  const type = isIP(address);
  return type !== 0 && list.check(address, type === 6 ? "ipv6" : "ipv4");
}

/**
 * @param {string | undefined} socketAddress  req.socket.remoteAddress
 * @param {string | string[] | undefined} forwardedFor  the X-Forwarded-For header(s) as received
 * @param {BlockList} trusted
 */
export function resolveClientIp(socketAddress, forwardedFor, trusted) {
  const remote = plainAddress(socketAddress);
  if (!remote) return "unknown";
  if (!isTrusted(trusted, remote)) return remote;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(plainAddress)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (isIP(hops[i]) === 0) return remote; // garbage in the chain: trust only what we saw
    if (!isTrusted(trusted, hops[i])) return hops[i];
  }
  return hops[0] ?? remote;
}

/** The header the server sets (and strips from what the client sent) for the app to read. */
export const CLIENT_IP_HEADER = "x-grondslag-client-ip";
