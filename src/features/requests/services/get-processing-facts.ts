import type { Tx } from "@/server/db";
import type { PersonalData } from "./collect-personal-data";

/**
 * The processing facts an access report must give besides the data itself (AVG art. 15 lid 1):
 * controller, purposes with the notice texts shown, recipients (processors, art. 28), retention,
 * and whether profiling happens. Purposes are those that concern this person.
 */
export async function getProcessingFacts(db: Tx, people: PersonalData[]) {
  const purposeKeys = new Set<string>();
  for (const p of people) {
    p.consents.forEach((c) => purposeKeys.add(c.purpose.key));
    p.legalBases.forEach((b) => purposeKeys.add(b.purpose.key));
    p.campaignRecipients.forEach((r) => purposeKeys.add(r.campaign.purpose.key));
    p.callPurposes.forEach((c) => purposeKeys.add(c.key));
  }
  const [settings, processors, purposes] = await Promise.all([
    db.organisationSettings.findUnique({ where: { id: 1 } }),
    db.processor.findMany({
      where: { receivesContactData: true },
      orderBy: { name: "asc" },
      select: { name: true, description: true },
    }),
    db.purpose.findMany({
      where: { key: { in: [...purposeKeys] } },
      orderBy: { key: "asc" },
      select: {
        key: true,
        nameNl: true,
        nameEn: true,
        directMarketing: true,
        dpvPurpose: true,
        channels: true,
        currentVersion: true,
        notices: { orderBy: { version: "desc" }, take: 1, select: { version: true, textNl: true, textEn: true } },
      },
    }),
  ]);
  const profiled = people.some((p) =>
    p.campaignRecipients.some(
      (r) => (r.campaign.audience as { profilingBased?: boolean } | null)?.profilingBased === true,
    ),
  );
  return {
    controller: {
      name: settings?.organisationName ?? "",
      email: settings?.controllerEmail ?? "",
      address: settings?.controllerAddress ?? "",
      phone: settings?.controllerPhone ?? "",
      policyUrl: settings?.privacyPolicyUrl ?? "",
    },
    retentionMonthsWithoutBasis: settings?.retentionMonthsWithoutBasis ?? 24,
    processors,
    purposes: purposes.map(({ notices, ...p }) => ({ ...p, notice: notices[0] ?? null })),
    profiling: profiled,
  };
}
export type ProcessingFacts = Awaited<ReturnType<typeof getProcessingFacts>>;
