/**
 * Prisma's schema engine as WebAssembly, so that migrations can be authored and checked on machines
 * that cannot download Prisma's native engine (offline or locked-down networks). An in-memory PGlite
 * is the shadow database the engine replays the committed migrations on.
 *
 * Node 20 cannot `import` a .wasm module, so the module is instantiated by hand with the package's
 * JS glue as its import object (Node 20 cannot import a .wasm module directly).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
  free(): void;
};

async function loadEngineModule() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const glue = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const wasmModule = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue as { SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<Engine> } };
}

export function readMigrationsList() {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/**
 * The adapter replays the migrations on a shadow database it opens itself, a bare PGlite without
 * extensions; the migrations create pg_trgm, so the shadow needs it loaded too.
 */
class PrismaPGliteWithExtensions extends PrismaPGlite {
  private shadows: PGlite[] = [];
  connectToShadowDb() {
    const lite = new PGlite({ extensions: { pg_trgm } });
    this.shadows.push(lite);
    return new PrismaPGlite(lite).connect();
  }
}

/** SQL that takes the committed migrations to the current schema ("" when they agree). */
export async function diffMigrationsToSchema(): Promise<string> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const shadow = new PGlite({ extensions: { pg_trgm } });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGliteWithExtensions(shadow));
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
  try {
    const migrations = readMigrationsList();
    const result = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      shadowDatabaseUrl: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const committed = migrations.migrationDirectories
      .map((d) => (d.migrationFile.content as { value: string }).value)
      .join("\n");
    const sql = withoutRawOpsNoise((result.stdout ?? "").trim(), committed);
    return sql === "-- This is an empty migration." ? "" : sql;
  } finally {
    engine.free();
    await shadow.close();
  }
}

/**
 * Prisma cannot read back an index declared with `ops: raw(...)`, so every diff re-creates it:
 * a DROP INDEX "x" followed by a CREATE INDEX "x" (text_pattern_ops), or only the CREATE when the
 * operator class belongs to an extension (gin_trgm_ops from pg_trgm). Neither is a difference when
 * a committed migration already creates that index; drop them from the script.
 */
function withoutRawOpsNoise(sql: string, committedSql: string): string {
  const blocks = sql.split(/\n\n+/);
  const dropped = new Set(
    blocks.map((b) => /^-- DropIndex\nDROP INDEX "([^"]+)";$/.exec(b)?.[1]).filter(Boolean) as string[],
  );
  const recreated = new Set(
    blocks.map((b) => /^-- CreateIndex\nCREATE INDEX "([^"]+)" ON .*_ops\);$/.exec(b)?.[1]).filter(Boolean) as string[],
  );
  const noise = [...recreated].filter((name) => dropped.has(name) || committedSql.includes(`CREATE INDEX "${name}"`));
  return blocks
    .filter((b) => !noise.some((name) => b.includes(`INDEX "${name}"`)))
    .join("\n\n")
    .trim();
}
