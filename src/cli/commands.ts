import { randomBytes } from "node:crypto";
import type { Db } from "../server/db/connect";
import type { Env } from "../server/env-schema";
import { SYSTEM } from "../server/audit/actor";
import { verifyAuditChain } from "../server/audit/verify-audit-chain";
import { ZCreateUserInput, ZEmail, ZPassword } from "../features/users/schemas";
import { createUser } from "../features/users/services/create-user";
import { resetUserPassword } from "../features/users/services/update-user";
import { findUserByEmail } from "../features/users/services/find-users";
import { englishMessage } from "../i18n/english-message";
import { decisionBuildCommand, decisionCheckCommand, decisionStatusCommand } from "../features/outreach/cli";
import { createApiKeyCommand, listApiKeysCommand, revokeApiKeyCommand } from "../features/api-keys/cli";

type Values = Record<string, string | boolean | undefined>;
export type Command = {
  summary: string;
  options?: Record<string, { type: "string" | "boolean"; short?: string }>;
  run(db: Db, values: Values, env: Env): Promise<number>;
};

/** A readable one-time password for the operator to pass on (the user should change it). */
const generatePassword = () => randomBytes(15).toString("base64url");

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

export const COMMANDS: Record<string, Command> = {
  "user create": {
    summary: "Create a user: --email E --name N --role admin|privacy_officer|marketer|sales [--password P]",
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
    },
    async run(db, v) {
      const password = (v.password as string | undefined) ?? generatePassword();
      const parsed = ZCreateUserInput.safeParse({ email: v.email, name: v.name, role: v.role, password });
      if (!parsed.success)
        return fail(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${englishMessage(i.message)}`).join("\n"));
      const user = await createUser(db, SYSTEM, parsed.data);
      process.stdout.write(`Created ${user.role} ${user.email} (${user.id}).\n`);
      if (!v.password) process.stdout.write(`Initial password (shown once): ${password}\n`);
      return 0;
    },
  },
  "user reset-password": {
    summary: "Set a new password and end the user's sessions: --email E [--password P]",
    options: { email: { type: "string" }, password: { type: "string" } },
    async run(db, v) {
      const email = ZEmail.safeParse(v.email);
      if (!email.success) return fail("--email: give the user's e-mail address");
      const password = (v.password as string | undefined) ?? generatePassword();
      const pw = ZPassword.safeParse(password);
      if (!pw.success) return fail("--password: use at least 12 characters");
      const user = await findUserByEmail(db, email.data);
      if (!user) return fail(`No user with e-mail ${email.data}.`);
      await resetUserPassword(db, SYSTEM, user.id, password);
      process.stdout.write(`Password reset for ${user.email}; their sessions have ended.\n`);
      if (!v.password) process.stdout.write(`New password (shown once): ${password}\n`);
      return 0;
    },
  },
  "user list": {
    summary: "List users with role and status",
    async run(db) {
      const users = await db.user.findMany({ orderBy: { email: "asc" } });
      for (const u of users)
        process.stdout.write(`${u.email.padEnd(36)} ${u.role.padEnd(16)} ${u.active ? "active" : "deactivated"}\n`);
      return 0;
    },
  },
  "decisions status": {
    summary: "How many contacts have current stored decisions (the audience preview's fast path)",
    run: (db) => decisionStatusCommand(db),
  },
  "decisions build": {
    summary: "Decide now every contact whose stored decisions are missing or out of date",
    run: (db) => decisionBuildCommand(db),
  },
  "decisions check": {
    summary: "Compare stored decisions with the engine on a random sample: [--sample N] (default 500)",
    options: { sample: { type: "string" } },
    run: (db, v) => decisionCheckCommand(db, v),
  },
  "audit verify": {
    summary: "Check the audit trail's hash chain; reports the first broken link",
    async run(db) {
      const { checked, firstBreak } = await verifyAuditChain(db);
      if (firstBreak) {
        process.stdout.write(
          `BROKEN: audit entry #${firstBreak.seq}: ${firstBreak.reason} (${checked} entries before it are intact).\n`,
        );
        return 1;
      }
      process.stdout.write(`OK: ${checked} audit entries, chain intact.\n`);
      return 0;
    },
  },
  "api-key create": {
    summary: "Create an integration API key (printed once): --name N --scopes contacts:read,consents:write|all",
    options: { name: { type: "string" }, scopes: { type: "string" } },
    run: (db, v) => createApiKeyCommand(db, v),
  },
  "api-key list": { summary: "List API keys with scopes, last use and status", run: (db) => listApiKeysCommand(db) },
  "api-key revoke": {
    summary: "Revoke an API key at once: --id ID|PREFIX",
    options: { id: { type: "string" } },
    run: (db, v) => revokeApiKeyCommand(db, v),
  },
};
