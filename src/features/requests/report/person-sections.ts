import { enumLabel, formatDate, purposeName, rows } from "./format";
import type { ReportEntry, ReportPerson, ReportSection, Translate } from "./report-types";

type Lang = "nl" | "en";

/** The personal data held about one contact (AVG art. 15 lid 1 and 3), section by section. */
export function personSections(p: ReportPerson, t: Translate, lang: Lang): ReportSection[] {
  const d = (x: Date | null | undefined, time = true) => (x ? formatDate(x, lang, time) : null);
  const yesNo = (b: boolean) => t(b ? "report.yes" : "report.no");
  const section = (id: string, entries: ReportEntry[], empty?: string): ReportSection => ({
    id: `${id}-${p.id}`,
    title: t(`report.sections.${id}`),
    paragraphs: entries.length === 0 && empty ? [empty] : [],
    entries,
  });
  const none = t("report.noneHeld");

  const details: ReportEntry[] = [
    {
      rows: rows(
        [t("report.f.name"), `${p.firstName} ${p.lastName}`],
        [t("report.f.jobTitle"), p.jobTitle],
        [t("report.f.notes"), p.notes],
        [t("report.f.createdAt"), d(p.createdAt)],
      ),
    },
  ];
  if (p.company) {
    const c = p.company;
    details.push({
      heading: t("report.f.company"),
      rows: rows(
        [t("report.f.companyName"), c.name],
        [t("report.f.legalForm"), enumLabel(t, "legalForm", c.legalForm)],
        [t("report.f.kvk"), c.kvkNumber],
        [t("report.f.website"), c.website],
        [t("report.f.generalPhone"), c.generalPhone],
        [t("report.f.generalEmail"), c.generalEmail],
      ),
    });
  }
  const source: ReportEntry = {
    rows: rows(
      [t("report.f.sourceType"), enumLabel(t, "sourceType", p.sourceType)],
      [t("report.f.sourceDetail"), p.sourceDetail],
      [t("report.f.collectedAt"), d(p.collectedAt)],
      [t("report.f.publishedForPurpose"), p.publishedForPurpose],
    ),
  };

  const points: ReportEntry[] = [
    ...p.emails.map((e) => ({
      rows: rows(
        [t("report.f.email"), e.address],
        [t("report.f.kind"), enumLabel(t, "emailKind", e.kind)],
        [t("report.f.designationWhere"), e.designationWhere],
        [t("report.f.designationSeenAt"), d(e.designationSeenAt)],
      ),
    })),
    ...p.phones.map((ph) => ({
      rows: rows([t("report.f.phone"), ph.e164], [t("report.f.kind"), enumLabel(t, "phoneKind", ph.kind)]),
    })),
    ...p.postalAddresses.map((a) => ({
      rows: rows([t("report.f.postalAddress"), `${a.street}, ${a.postalCode} ${a.city}, ${a.country}`]),
    })),
  ];

  const consents: ReportEntry[] = p.consents.map((c) => ({
    heading: `${purposeName(c.purpose, lang)}: ${enumLabel(t, "consentAction", c.action)} (${d(c.effectiveAt)})`,
    rows: rows(
      [t("report.f.channels"), c.channels.map((ch) => enumLabel(t, "channel", ch)).join(", ")],
      [t("report.f.method"), enumLabel(t, "consentMethod", c.method)],
      [t("report.f.effectiveAt"), d(c.effectiveAt)],
      [t("report.f.recordedAt"), d(c.recordedAt)],
      [t("report.f.noticeVersion"), c.notice ? String(c.notice.version) : null],
      [t("report.f.noticeText"), c.notice ? (lang === "nl" ? c.notice.textNl : c.notice.textEn) : null],
      [t("report.f.location"), c.location],
      [t("report.f.statement"), c.statement],
      [t("report.f.grantor"), [c.grantorName, c.grantorRole, c.grantorAuthority].filter(Boolean).join(", ")],
      [t("report.f.formVersion"), c.formVersion],
      [t("report.f.submittedAt"), d(c.submittedAt)],
      [t("report.f.ip"), c.ip],
      [t("report.f.userAgent"), c.userAgent],
      [t("report.f.confirmationIp"), c.confirmationIp],
      [t("report.f.confirmationUserAgent"), c.confirmationUserAgent],
      [
        t("report.f.corrects"),
        c.correctsId ? `${c.correctsId}${c.correctionReason ? `: ${c.correctionReason}` : ""}` : null,
      ],
      [t("report.f.invalidates"), c.invalidates && yesNo(true)],
      [
        t("report.f.attachments"),
        c.attachments.map((a) => `${a.fileName} (${a.mimeType}, ${a.size} bytes, SHA-256 ${a.sha256})`).join("; "),
      ],
      [t("report.f.recordId"), c.id],
    ),
  }));

  const bases: ReportEntry[] = p.legalBases.map((b) => ({
    heading: purposeName(b.purpose, lang),
    rows: rows(
      [t("report.f.basis"), enumLabel(t, "legalBasis", b.basis)],
      [t("report.f.since"), d(b.since, false)],
      [t("report.f.until"), d(b.until, false)],
      [t("report.f.balancingNote"), b.balancingNote],
    ),
  }));

  const relationships: ReportEntry[] = p.customerRelationships.map((r) => ({
    rows: rows(
      [t("report.f.since"), d(r.since, false)],
      [t("report.f.until"), d(r.until, false)],
      [t("report.f.products"), r.products.join(", ")],
      [t("report.f.relationshipKind"), r.kind],
      [t("report.f.optOutOffered"), yesNo(r.optOutOfferedAtCollection)],
    ),
  }));

  const choices: ReportEntry[] = [
    ...p.objections.map((o) => ({
      heading: `${t("report.f.objection")}: ${enumLabel(t, "objectionScope", o.scope)}`,
      rows: rows(
        [t("report.f.receivedAt"), d(o.receivedAt)],
        [t("report.f.via"), o.receivedVia],
        [t("report.f.withdrawnAt"), d(o.withdrawnAt)],
      ),
    })),
    ...p.restrictions.map((r) => ({
      heading: t("report.f.restriction"),
      rows: rows(
        [t("report.f.reason"), r.reason],
        [t("report.f.since"), d(r.setAt)],
        [t("report.f.liftedAt"), d(r.liftedAt)],
        [t("report.f.liftReason"), r.liftReason],
      ),
    })),
    ...p.channelOptOuts.map((o) => ({
      heading: `${t("report.f.channelOptOut")}: ${enumLabel(t, "channel", o.channel)}`,
      rows: rows(
        [t("report.f.since"), d(o.at)],
        [t("report.f.until"), d(o.until)],
        [t("report.f.endedAt"), d(o.endedAt)],
        [t("report.f.via"), o.via],
      ),
    })),
  ];

  const messages: ReportEntry[] = [
    ...p.campaignRecipients.map((r) => ({
      heading: `${r.campaign.name} (${enumLabel(t, "channel", r.campaign.channel)})`,
      rows: rows(
        [t("report.f.purpose"), purposeName(r.campaign.purpose, lang)],
        [t("report.f.subject"), r.campaign.subject],
        [t("report.f.address"), r.toAddress],
        [t("report.f.status"), enumLabel(t, "recipientStatus", r.status)],
        [t("report.f.decidedAt"), d(r.decidedAt)],
        [t("report.f.sentAt"), d(r.sentAt)],
        [t("report.f.rule"), r.rule],
      ),
    })),
    ...p.outboxMessages.map((m) => ({
      heading: `${t("report.f.message")}: ${m.subject}`,
      rows: rows(
        [t("report.f.address"), m.toAddress],
        [t("report.f.createdAt"), d(m.createdAt)],
        [t("report.f.text"), m.text],
      ),
    })),
  ];

  const calls: ReportEntry[] = p.callLogs.map((c) => {
    const purpose = p.callPurposes.find((x) => x.id === c.purposeId);
    return {
      rows: rows(
        [t("report.f.at"), d(c.at)],
        [t("report.f.outcome"), c.outcome],
        [t("report.f.purpose"), purpose ? purposeName(purpose, lang) : null],
        [t("report.f.notes"), c.notes],
      ),
    };
  });
  const tags: ReportEntry[] = p.tags.map((x) => ({
    rows: rows([t("report.f.tag"), x.tag.name], [t("report.f.addedAt"), d(x.addedAt)]),
  }));
  const notes: ReportEntry[] = p.contactNotes.map((n) => ({
    rows: rows([t("report.f.createdAt"), d(n.createdAt)], [t("report.f.note"), n.body]),
  }));

  return [
    section("details", details),
    section("source", [source]),
    section("contactPoints", points, none),
    section("consents", consents, none),
    section("legalBases", bases, none),
    section("relationships", relationships, none),
    section("choices", choices, none),
    section("messages", messages, none),
    section("calls", calls, none),
    section("notes", notes, none),
    section("tags", tags, none),
  ];
}
