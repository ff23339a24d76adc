import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Where a webhook may be sent (server-side request forgery, OWASP ASVS 12.6). An administrator's
 * endpoint address is resolved at every delivery, not only when it is saved (DNS can change), and
 * refused when any address it resolves to is loopback, private, shared, link-local (the cloud
 * metadata service at 169.254.169.254), multicast or reserved, unless the host is named in the
 * WEBHOOK_ALLOWED_HOSTS setting (an internal receiver on purpose). The request is then made to the
 * address that was checked (pinned), so a second DNS answer cannot swap it for an internal one.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv6");

export function isForbiddenAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isForbiddenAddress(mapped[1]);
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 6 ? "ipv6" : "ipv4");
}

export type PinnedDestination = { url: URL; address: string; family: 4 | 6 };

export class DestinationRefused extends Error {}

export async function resolveDestination(
  rawUrl: string,
  allowedHosts: readonly string[],
  resolve: (host: string) => Promise<{ address: string; family: number }[]> = (host) =>
    lookup(host, { all: true, verbatim: true }),
): Promise<PinnedDestination> {
  const url = new URL(rawUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new DestinationRefused("scheme");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
  if (addresses.length === 0) throw new DestinationRefused("no address");
  const allowed = allowedHosts.map((h) => h.toLowerCase()).includes(host);
  if (!allowed && addresses.some((a) => isForbiddenAddress(a.address))) throw new DestinationRefused("internal");
  const first = addresses[0];
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
