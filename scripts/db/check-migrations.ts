/** CI guard: fails when prisma/schema.prisma has changes that no committed migration carries. */
import { diffMigrationsToSchema } from "./schema-engine";

const sql = await diffMigrationsToSchema();
if (sql) {
  console.error("prisma/schema.prisma and prisma/migrations disagree. Run `npm run db:migration -- <name>`.\n");
  console.error(sql);
  process.exit(1);
}
console.log("Schema and migrations agree.");
