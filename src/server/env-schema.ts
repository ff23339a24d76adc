/**
 * Configuration, validated with zod in one place (no `process.env` elsewhere in the code).
 * Kept free of `server-only` so that the CLI, scripts and tests read configuration the same way.
 */
import { z } from "zod";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/[^\s]+$/, "must look like postgresql://user:password@host:5432/database")
  .refine((v) => {
    try {
      return Boolean(new URL(v).hostname);
    } catch {
      return false;
    }
  }, "is not a valid URL");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgresql://... for a PostgreSQL server; unset, a directory or memory:// for embedded PGlite. */
  DATABASE_URL: z
    .union([
      postgresUrl,
      z.string().regex(/^(memory:\/\/|file:|\.|\/)/, "must be postgresql://..., memory://, or a directory path"),
    ])
    .optional(),
  DATA_DIR: z.string().default("./data"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  APP_URL: z.url("must be an absolute URL such as https://grondslag.example.com").default("http://localhost:3000"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Grondslag <no-reply@localhost>"),
  /**
   * Port of the built-in SMTP receiver for the campaign return path (Settings, Campaign mail):
   * bounce reports and spam complaints come back to it. Unset: no receiver is started (a mail
   * server can pipe them to POST /api/v1/returned-mail instead). Point the MX record of the
   * return path's domain at this host and port (usually 25, forwarded).
   */
  BOUNCE_SMTP_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** The address the return-path receiver listens on. */
  BOUNCE_SMTP_HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Requests per API key per minute (shared by all instances through the database). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /**
   * Host names (or IP addresses) a webhook may be delivered to although they resolve to a loopback,
   * private or link-local address: an internal receiver on purpose. Comma-separated; empty = none.
   */
  WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated). Read by
   * the server (scripts/serve.mjs); validated here so that a typo stops the start with a message.
   */
  TRUSTED_PROXIES: z
    .string()
    .regex(
      /^\s*[0-9a-fA-F.:]+(\/\d{1,3})?\s*(,\s*[0-9a-fA-F.:]+(\/\d{1,3})?\s*)*$/,
      "must be IP addresses or CIDR ranges, comma-separated",
    )
    .optional(),
});

export type Env = z.infer<typeof ZEnv> & {
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | "memory://" };
  authSecret: string;
};

export class ConfigurationError extends Error {}

/**
 * `next build` imports server modules to collect page data. It must neither require run-time
 * secrets nor write them to disk, so during the build phase the secret is a throwaway.
 */
const isBuildPhase = (source: Record<string, string | undefined>) => source.NEXT_PHASE === "phase-production-build";

export function readEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "" && v !== undefined));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigurationError(`Grondslag cannot start: invalid configuration.\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const database = resolveDatabase(e.DATABASE_URL, e.DATA_DIR);
  const authSecret = isBuildPhase(source) ? randomBytes(32).toString("base64url") : resolveAuthSecret(e, database);
  return { ...e, database, authSecret };
}

function resolveDatabase(url: string | undefined, dataDir: string): Env["database"] {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url === "memory://") return { kind: "pglite", dataDir: "memory://" };
  const dir = url ? url.replace(/^file:(\/\/)?/, "") : path.join(dataDir, "pglite");
  return { kind: "pglite", dataDir: path.resolve(dir) };
}

/**
 * On a PostgreSQL server several app instances must share one secret, so production requires
 * AUTH_SECRET. The embedded default is one process by construction: generate a secret once and keep
 * it in the data folder, so that `npm ci && npm start` works without configuration.
 */
function resolveAuthSecret(e: z.infer<typeof ZEnv>, db: Env["database"]): string {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (db.kind === "postgres" && e.NODE_ENV === "production") {
    throw new ConfigurationError(
      "Grondslag cannot start: AUTH_SECRET is required when running on PostgreSQL in production " +
        "(every app instance needs the same one). Generate one with `openssl rand -base64 32`.",
    );
  }
  if (db.kind === "pglite" && db.dataDir === "memory://") return randomBytes(32).toString("base64url");
  const file = path.resolve(e.DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
