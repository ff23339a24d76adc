import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/**
 * This app instance among those sharing one database: host name, process id and a random tag (two
 * containers may have the same host name and both run as process 1). Background workers record it
 * on the work they commit, so that an operator can see which instance sent a message or wrote an
 * import chunk. Kept on globalThis: Next.js may load this module in more than one bundle, and one
 * process must have one id.
 */
const holder = globalThis as unknown as { grondslagInstanceId?: string };

export function instanceId(): string {
  return (holder.grondslagInstanceId ??= `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`);
}
