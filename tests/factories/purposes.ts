/** Purpose factories, named by state; they go through the real purpose services. */
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { SYSTEM } from "@/server/audit/actor";
import type { Channel } from "@/domain/vocabulary";
import { createPurpose } from "@/features/purposes/services/create-purpose";
import type { TCreatePurposeInput } from "@/features/purposes/schemas";
import { updatePurposeNotice } from "@/features/purposes/services/update-purpose";

export const uniqueKey = (stem = "purpose") => `${stem}-${randomBytes(4).toString("hex")}`;

/** An active direct-marketing purpose with notice version 1 (e-mail and phone by default). */
export async function createPurposeWithNotice(
  db: Db,
  over: Partial<TCreatePurposeInput> & { channels?: Channel[] } = {},
  ctx: AuditContext = SYSTEM,
) {
  return createPurpose(db, ctx, {
    key: uniqueKey(),
    nameNl: "Nieuwsbrief",
    nameEn: "Newsletter",
    directMarketing: true,
    channels: ["email", "phone"],
    textNl: "Wij sturen u maandelijks onze nieuwsbrief. U kunt zich altijd afmelden.",
    textEn: "We send you our monthly newsletter. You can unsubscribe at any time.",
    ...over,
  });
}

/** A purpose whose notice text was edited once: versions 1 and 2 exist, 2 is current. */
export async function createPurposeWithTwoNoticeVersions(db: Db, over: Partial<TCreatePurposeInput> = {}) {
  const purpose = await createPurposeWithNotice(db, over);
  await updatePurposeNotice(db, SYSTEM, {
    purposeId: purpose.id,
    textNl: "Versie 2 van de tekst.",
    textEn: "Version 2 of the text.",
  });
  return db.purpose.findUniqueOrThrow({ where: { id: purpose.id } });
}
