/** Contact factories, named by state; they go through the real contact services. */
import { suppressionEntryHash } from "@/server/suppression-key";
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { createUser } from "@/features/users/services/create-user";
import { createContact } from "@/features/contacts/services/create-contact";
import type { TCreateContactInput } from "@/features/contacts/schemas";
import type { Role } from "@/domain/vocabulary";

export const uniq = () => randomBytes(4).toString("hex");
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");
/** A Dutch mobile number as people write it ("06 12345678"). */
export const randomLocalMobile = () => `06 ${1 + Math.floor(Math.random() * 5)}${digits(7)}`;

/** A signed-in staff member as the services see them (a real user row, so names resolve). */
export async function createStaffActor(
  db: Db,
  role: Role = "sales",
  name = `Staff ${uniq()}`,
): Promise<AuditContext & { userId: string; name: string }> {
  const user = await createUser(
    db,
    { actor: { type: "system" } },
    { name, email: `${uniq()}@staff.example`, role, password: "correct horse battery" },
  );
  return {
    actor: { type: "user", id: user.id, role },
    request: { requestId: `test-${uniq()}`, ip: "127.0.0.1" },
    userId: user.id,
    name,
  };
}

/** Input for a contact collected from a business card: unique name, personal e-mail, mobile. */
export function businessCardContactInput(over: Partial<TCreateContactInput> = {}): TCreateContactInput {
  const u = uniq();
  return {
    firstName: "Joost",
    lastName: `Visser-${u}`,
    jobTitle: "Inkoper",
    company: { name: `Bakkerij ${u}`, legalForm: "bv", kvkNumber: digits(8) },
    emails: [{ address: `joost.${u}@bakkerij-${u}.nl`, kind: "personal" }],
    phones: [{ number: randomLocalMobile(), kind: "mobile" }],
    source: { type: "business_card", detail: "Vakbeurs Utrecht 2026" },
    ...over,
  };
}

/** A contact from a business card, nothing recorded about consent yet. */
export async function createContactFromBusinessCard(
  db: Db,
  ctx: AuditContext,
  over: Partial<TCreateContactInput> = {},
) {
  const input = businessCardContactInput(over);
  const contact = await createContact(db, ctx, input);
  return { ...contact, input };
}

/** Puts an identifier on the suppression list, as the erasure service does. */
export async function suppressIdentifier(db: Db, identifier: string) {
  const { suppressionSalt } = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
  return db.suppressionEntry.create({
    data: {
      hash: suppressionEntryHash(identifier, suppressionSalt),
      kind: identifier.includes("@") ? "email" : "phone",
    },
  });
}
