import { createHash, randomBytes } from "node:crypto";

/**
 * API keys look like `grd_<prefix>_<secret>`: the prefix (12 hex characters) is stored in clear
 * to find the key with one indexed lookup and to let administrators recognise it in the list;
 * the secret (256 random bits) is stored only as its SHA-256. A slow password hash (scrypt,
 * argon2) protects low-entropy human passwords against guessing; a 256-bit random secret cannot
 * be guessed, so a fast hash is enough and keeps every API call cheap.
 */
const PATTERN = /^grd_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type GeneratedKey = { prefix: string; token: string; hash: string };

export function generateApiKey(): GeneratedKey {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { prefix, token: `grd_${prefix}_${secret}`, hash: hashSecret(secret) };
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = PATTERN.exec(token.trim());
  return match ? { prefix: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What the list shows instead of the key: enough to recognise it, useless to an attacker. */
export const displayPrefix = (prefix: string) => `grd_${prefix}_…`;
