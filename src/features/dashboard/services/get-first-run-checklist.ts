import type { Db } from "@/server/db";
import type { Permission } from "@/domain/access/permissions";

export type FirstRunStep = {
  key: "controller" | "purposes" | "contacts" | "testCampaign";
  done: boolean;
  href: string;
  /** Who may take the step: the permission of the page it links to. */
  permission: Permission;
};

/**
 * What a new organisation sets up before the product is of use, each step read from the real data
 * (never ticked by hand): the controller's details that every notice and letter carries (AVG
 * art. 13/14 name the controller and how to reach them), a purpose with its notice text, the first
 * contacts (an import or an opt-in), and a campaign tried on oneself.
 */
export async function getFirstRunChecklist(db: Db): Promise<FirstRunStep[]> {
  const [settings, purpose, importBatch, consent, testSent] = await Promise.all([
    db.organisationSettings.findUnique({
      where: { id: 1 },
      select: { organisationName: true, controllerEmail: true, controllerAddress: true },
    }),
    db.purpose.findFirst({
      where: { active: true, notices: { some: { textNl: { not: "" }, textEn: { not: "" } } } },
      select: { id: true },
    }),
    db.importBatch.findFirst({ select: { id: true } }),
    db.consentRecord.findFirst({ select: { id: true } }),
    db.auditEvent.findFirst({ where: { action: "campaign.test_sent" }, select: { seq: true } }),
  ]);
  const filled = (v: string | undefined) => (v ?? "").trim() !== "";
  return [
    {
      key: "controller",
      done:
        filled(settings?.organisationName) && filled(settings?.controllerEmail) && filled(settings?.controllerAddress),
      href: "/settings",
      permission: "settings:manage",
    },
    { key: "purposes", done: purpose !== null, href: "/purposes", permission: "purposes:manage" },
    { key: "contacts", done: importBatch !== null || consent !== null, href: "/imports", permission: "imports:vcard" },
    { key: "testCampaign", done: testSent !== null, href: "/campaigns", permission: "campaigns:manage" },
  ];
}
