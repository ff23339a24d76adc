import { defineConfig } from "prisma/config";

// The CLI reads the database URL from here (not from the schema). The app itself never uses the
// CLI to migrate: src/server/db/migrate.ts applies prisma/migrations at start-up, without the
// native schema engine (which cannot be downloaded on offline machines).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/grondslag" },
});
