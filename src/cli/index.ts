/**
 * Operator commands: `npm run cli -- <command>`. Uses the same configuration (DATABASE_URL,
 * DATA_DIR) and the same services as the app. With the embedded database, stop the server first
 * (one process per data folder); on PostgreSQL the CLI runs beside the app.
 */
import { parseArgs } from "node:util";
import { readEnv } from "../server/env-schema";
import { connectDatabase } from "../server/db/connect";
import { COMMANDS } from "./commands";

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(22)} ${c.summary}`);
  return `Usage: npm run cli -- <command> [options]\n\nCommands:\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const words = argv.filter((a) => !a.startsWith("-"));
  const name = [words.slice(0, 2).join(" "), words[0]].find((n) => n && n in COMMANDS);
  if (!name) {
    process.stdout.write(usage());
    return argv.length === 0 || argv.includes("--help") ? 0 : 2;
  }
  const command = COMMANDS[name];
  const rest = argv.slice(name.split(" ").length);
  const { values } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: false, strict: true });
  const env = readEnv(process.env);
  const database = await connectDatabase(env.database);
  try {
    return await command.run(database.prisma, values as Record<string, string | boolean | undefined>, env);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
