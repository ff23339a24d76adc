import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZMailLogoInput, type TMailLogoInput } from "../schemas";

const SIGNATURES: Record<string, number[]> = {
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  "image/jpeg": [0xff, 0xd8, 0xff],
};

/** Sets (or removes) the logo campaign mail shows; the file must really be the PNG or JPEG it claims. */
export async function setMailLogo(db: Db, ctx: AuditContext, raw: TMailLogoInput) {
  const { logo } = parseInput(ZMailLogoInput, raw);
  const bytes = logo ? Buffer.from(logo.base64, "base64") : null;
  if (logo && bytes && !SIGNATURES[logo.type].every((b, i) => bytes[i] === b)) {
    const message = "Choose a PNG or JPEG image.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "logo", message, key: "settings.errors.logoType" }],
    });
  }
  await db.$transaction(async (tx) => {
    await tx.organisationSettings.update({
      where: { id: 1 },
      data: { mailLogo: bytes ? new Uint8Array(bytes) : null, mailLogoType: logo?.type ?? null },
    });
    await writeAuditEvent(tx, ctx, {
      action: "settings.mail_logo_set",
      target: { type: "settings", id: "1" },
      metadata: { removed: logo === null, type: logo?.type ?? null, bytes: bytes?.length ?? 0 },
    });
  });
}
