import { normaliseEmail } from "@/domain/contact-points/normalise-email";
import { normalisePhone } from "@/domain/contact-points/normalise-phone";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZDecideForContactInput, type TDecideForContactInput } from "../schemas";
import { decideFacts, type ContactDecision } from "./decide-batch";
import { loadContactDecisionInputs } from "./load-contact-facts";

/**
 * "May we send THIS message (purpose) to THIS contact over THIS channel, now (or at `at`)?" With
 * `knownAt`, only what had been recorded by then counts (see factsKnownAt).
 * Reads the facts and the organisation's settings, runs the engine; an allow comes with the
 * permit the mail gate requires.
 */
export async function decideForContact(
  db: Db,
  raw: TDecideForContactInput,
): Promise<ContactDecision & { at: Date; knownAt: Date | null }> {
  const input = parseInput(ZDecideForContactInput, raw);
  const at = input.at ?? new Date();
  // The purpose, the settings and the facts in one statement (load-fact-rows-one-trip.ts).
  const { purpose, facts, policy } = await loadContactDecisionInputs(db, input.contactId, {
    at,
    purposeKey: input.purposeKey,
  });
  const contactPointId =
    input.contactPointId ??
    (input.address ? await resolveAddress(db, input.contactId, input.channel, input.address) : undefined);
  const decided = decideFacts(
    facts,
    {
      purpose,
      channel: input.channel,
      commercial: input.commercial,
      at,
      knownAt: input.knownAt,
      settings: policy.settings,
    },
    contactPointId,
  );
  return { ...decided, at, knownAt: input.knownAt ?? null };
}

/** An address or number typed by a user -> the contact point it is, or an error naming the field. */
async function resolveAddress(
  db: Db,
  contactId: string,
  channel: TDecideForContactInput["channel"],
  address: string,
): Promise<string> {
  let hit: { id: string } | null = null;
  if (channel === "email") {
    const normalised = normaliseEmail(address);
    if (normalised) hit = await db.emailAddress.findFirst({ where: { contactId, normalised }, select: { id: true } });
  } else if (channel === "sms" || channel === "phone") {
    const phone = normalisePhone(address);
    if (phone) hit = await db.phoneNumber.findFirst({ where: { contactId, e164: phone.e164 }, select: { id: true } });
  }
  if (!hit) {
    const message = "This contact has no such address or number for this channel.";
    throw new AppError("INVALID_INPUT", message, {
      key: "outreach.errors.unknownAddress",
      fields: [{ field: "address", message, key: "outreach.errors.unknownAddress" }],
    });
  }
  return hit.id;
}
