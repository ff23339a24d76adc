import type { Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import type { LegalForm } from "@/domain/vocabulary";

export type CompanyDraft = {
  name: string;
  legalForm: LegalForm;
  kvkNumber: string | null;
  website?: string | null;
  generalPhone?: string | null;
  generalEmail?: string | null;
};

/**
 * The company a contact works for: an explicit id, or found by KvK number (unique per legal
 * entity), or else by exact name and legal form, or created. Matching by name only when no KvK
 * number is given keeps two colleagues on a business-card round from becoming two companies.
 */
export async function resolveCompany(
  tx: Tx,
  ctx: AuditContext,
  companyId: string | null | undefined,
  draft: CompanyDraft | null | undefined,
) {
  if (companyId) {
    const company = await tx.company.findUnique({ where: { id: companyId } });
    if (!company)
      throw new AppError("INVALID_INPUT", "This company does not exist.", {
        fields: [
          { field: "companyId", message: "This company does not exist.", key: "contacts.errors.companyNotFound" },
        ],
      });
    return company;
  }
  if (!draft) return null;
  const existing = draft.kvkNumber
    ? await tx.company.findFirst({ where: { kvkNumber: draft.kvkNumber } })
    : await tx.company.findFirst({
        where: { name: { equals: draft.name, mode: "insensitive" }, legalForm: draft.legalForm, kvkNumber: null },
      });
  if (existing) return existing;
  const company = await tx.company.create({
    data: {
      name: draft.name,
      legalForm: draft.legalForm,
      kvkNumber: draft.kvkNumber,
      website: draft.website ?? null,
      generalPhone: draft.generalPhone ?? null,
      generalEmail: draft.generalEmail ?? null,
    },
  });
  await writeAuditEvent(tx, ctx, {
    action: "company.created",
    target: { type: "company", id: company.id },
    metadata: { legalForm: company.legalForm },
  });
  return company;
}
