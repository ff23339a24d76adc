import type { BlockList } from "node:net";
export function parseTrustedProxies(raw: string | undefined): BlockList;
export function plainAddress(address: string | undefined): string;
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string;
export const CLIENT_IP_HEADER: "x-grondslag-client-ip";
