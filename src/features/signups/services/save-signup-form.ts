import { actorUserId } from "@/server/audit/actor";
import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { ZSaveSignupFormInput, type TSaveSignupFormInput } from "../schemas";

/**
 * Creates a sign-up form, or saves a new version of it. Versions are never edited: a sign-up
 * points at the version it was made on, so the evidence can show exactly what the person saw
 * (AVG art. 7 lid 1). Every offered purpose must be active and reachable by e-mail, because the
 * confirmation and the consent it creates are about e-mail first.
 */
export async function saveSignupForm(db: Db, ctx: AuditContext, raw: TSaveSignupFormInput) {
  const input = parseInput(ZSaveSignupFormInput, raw);
  const purposeKeys = [...new Set(input.purposeKeys)];
  return db.$transaction(async (tx) => {
    const purposes = await checkPurposes(tx, purposeKeys);
    const offerCalls = input.offerCalls && purposes.some((p) => p.channels.includes("phone"));
    const clash = await tx.signupForm.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (clash && clash.id !== input.formId) {
      const message = "Another form already uses this address.";
      throw new AppError("CONFLICT", message, {
        key: "signups.errors.slugTaken",
        fields: [{ field: "slug", message, key: "signups.errors.slugTaken" }],
      });
    }
    const content = {
      purposeKeys,
      fields: [...new Set(input.fields)],
      languages: [...new Set(input.languages)],
      offerCalls,
      thankYouNl: input.thankYouNl,
      thankYouEn: input.thankYouEn,
      organisationName: input.organisationName,
      privacyPolicyUrl: input.privacyPolicyUrl,
      createdById: actorUserId(ctx),
    };
    let form;
    if (input.formId) {
      const current = await tx.signupForm.findUnique({ where: { id: input.formId }, select: { currentVersion: true } });
      if (!current) throw new AppError("NOT_FOUND", "This form does not exist.", { key: "signups.errors.notFound" });
      form = await tx.signupForm.update({
        where: { id: input.formId },
        data: {
          slug: input.slug,
          name: input.name,
          currentVersion: current.currentVersion + 1,
          versions: { create: { ...content, version: current.currentVersion + 1 } },
        },
        select: { id: true, slug: true, currentVersion: true },
      });
    } else {
      form = await tx.signupForm.create({
        data: {
          slug: input.slug,
          name: input.name,
          createdById: actorUserId(ctx),
          versions: { create: { ...content, version: 1 } },
        },
        select: { id: true, slug: true, currentVersion: true },
      });
    }
    await writeAuditEvent(tx, ctx, {
      action: input.formId ? "signup_form.versioned" : "signup_form.created",
      target: { type: "signup_form", id: form.id },
      metadata: { version: form.currentVersion, purposeKeys, offerCalls },
    });
    return form;
  });
}

async function checkPurposes(tx: Tx, keys: string[]) {
  const purposes = await tx.purpose.findMany({
    where: { key: { in: keys } },
    select: { key: true, active: true, channels: true },
  });
  const usable = new Map(purposes.filter((p) => p.active && p.channels.includes("email")).map((p) => [p.key, p]));
  const bad = keys.filter((k) => !usable.has(k));
  if (bad.length > 0) {
    const message = `These purposes are unknown, inactive or not offered by e-mail: ${bad.join(", ")}.`;
    throw new AppError("INVALID_INPUT", message, {
      key: "signups.errors.purposeUnusable",
      fields: [{ field: "purposeKeys", message, key: "signups.errors.purposeUnusable" }],
    });
  }
  return keys.map((k) => usable.get(k)!);
}
