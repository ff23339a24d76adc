import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, readEnv } from "@/server/env-schema";

describe("configuration", () => {
  it("defaults to an embedded database in ./data/pglite and persists a generated secret", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "grondslag-env-"));
    const env = readEnv({ DATA_DIR: dir });
    expect(env.database).toEqual({ kind: "pglite", dataDir: path.join(dir, "pglite") });
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(env.authSecret);
    expect(readEnv({ DATA_DIR: dir }).authSecret).toBe(env.authSecret);
  });

  it("switches to PostgreSQL when DATABASE_URL is a postgresql:// URL", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://u:p@db.example:5432/grondslag", AUTH_SECRET: "x".repeat(32) });
    expect(env.database).toEqual({ kind: "postgres", url: "postgresql://u:p@db.example:5432/grondslag" });
  });

  it("refuses a malformed DATABASE_URL with a message naming the variable", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(ConfigurationError);
    expect(() => readEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL/);
  });

  it("requires AUTH_SECRET in production on PostgreSQL (every instance needs the same one)", () => {
    expect(() => readEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://postgres@127.0.0.1/x" })).toThrow(
      /AUTH_SECRET is required/,
    );
  });

  it("refuses a short AUTH_SECRET and a non-SMTP SMTP_URL", () => {
    expect(() => readEnv({ AUTH_SECRET: "short", DATABASE_URL: "memory://" })).toThrow(/AUTH_SECRET/);
    expect(() => readEnv({ SMTP_URL: "http://mail", DATABASE_URL: "memory://" })).toThrow(/SMTP_URL/);
  });

  it("needs no secret file during `next build`", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "grondslag-env-"));
    const env = readEnv({ DATA_DIR: dir, NEXT_PHASE: "phase-production-build" });
    expect(env.authSecret.length).toBeGreaterThan(20);
    expect(() => readFileSync(path.join(dir, "auth-secret"))).toThrow();
  });
});
