/**
 * The operator's `npm run cli -- api-key ...` commands (registered in src/cli/commands.ts). Same
 * services as the admin screen; the CLI acts as the system actor in the audit trail.
 */
import type { Db } from "@/server/db/connect";
import { SYSTEM } from "@/server/audit/actor";
import { isAppError } from "@/server/errors";
import { parseScopeList, API_SCOPE_KEYS } from "@/domain/access/api-scopes";
import { englishMessage } from "@/i18n/english-message";
import { createApiKey } from "./services/create-api-key";
import { findApiKeys } from "./services/find-api-keys";
import { revokeApiKey } from "./services/revoke-api-key";
import { displayPrefix } from "./key-format";

type Values = Record<string, string | boolean | undefined>;
const out = (s: string) => process.stdout.write(`${s}\n`);
const fail = (s: string) => (process.stderr.write(`${s}\n`), 2);

export async function createApiKeyCommand(db: Db, v: Values): Promise<number> {
  const { scopes, unknown } = parseScopeList(String(v.scopes ?? ""));
  if (unknown.length)
    return fail(
      `--scopes: unknown scope(s) ${unknown.join(", ")}. Use "all" or a comma-separated list of: ${API_SCOPE_KEYS.join(", ")}`,
    );
  try {
    const key = await createApiKey(db, SYSTEM, { name: String(v.name ?? ""), scopes });
    out(`Created API key "${key.name}" (${key.id}) with scopes: ${key.scopes.join(", ")}.`);
    out(`Key (shown once; store it now, only its hash is kept):`);
    out(key.token);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return fail(error.fields.map((f) => `--${f.field}: ${englishMessage(f.message)}`).join("\n") || error.message);
  }
}

export async function listApiKeysCommand(db: Db): Promise<number> {
  const keys = await findApiKeys(db);
  if (keys.length === 0) out("No API keys.");
  for (const k of keys) {
    const status = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active";
    const used = k.lastUsedAt ? `last used ${k.lastUsedAt.toISOString()}` : "never used";
    out(
      `${k.id}  ${displayPrefix(k.prefix).padEnd(20)} ${k.name.padEnd(28)} ${status.padEnd(34)} ${used}  [${k.scopes.join(", ")}]`,
    );
  }
  return 0;
}

export async function revokeApiKeyCommand(db: Db, v: Values): Promise<number> {
  const ref = String(v.id ?? "")
    .trim()
    .replace(/^grd_/, "")
    .replace(/_.*$/, "");
  if (!ref) return fail("--id: give the key's id (from `api-key list`) or its prefix");
  const key = await db.apiKey
    .findFirst({ where: /^[0-9a-f]{12}$/.test(ref) ? { prefix: ref } : { id: ref }, select: { id: true, name: true } })
    .catch(() => null);
  if (!key) return fail(`No API key ${ref}.`);
  await revokeApiKey(db, SYSTEM, { apiKeyId: key.id });
  out(`Revoked API key "${key.name}" (${key.id}). Requests with it are refused from now on.`);
  return 0;
}
