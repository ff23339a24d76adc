import { DPV_NAMESPACES } from "@/domain/exports/dpv-terms";
import type { PrintableDocument } from "@/server/documents/render-pdf";
import { escapeHtml } from "@/server/mail/compose";
import type { RegisterEntry } from "../services/get-processing-register";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Controller = { organisationName: string; controllerEmail: string; controllerAddress: string };

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The register as a printable document in Dutch or English: the form the Autoriteit
 * Persoonsgegevens asks for (art. 30 lid 4: in writing, on request). One model serves the HTML
 * page and the PDF, so both say the same. A value that is a list has one item per line.
 */
export function registerDocument(
  entries: RegisterEntry[],
  t: Translate,
  o: { lang: "nl" | "en"; asOf: Date; controller: Controller; generatedAt: Date },
): PrintableDocument {
  const list = (items: string[]) => (items.length ? items.join("\n") : t("fields.none"));
  const c = o.controller;
  return {
    language: o.lang,
    title: t("title"),
    subtitle: [c.organisationName, c.controllerAddress, c.controllerEmail].filter(Boolean).join(" · "),
    generatedAt: o.generatedAt,
    intro: [`${t("asOf")}: ${day(o.asOf)}`],
    sections: entries.map((e) => {
      const w = e.written;
      const rows: [string, string][] = [
        [t("fields.dpvPurpose"), e.purpose.dpvPurpose],
        [t("fields.description"), w?.description || t("fields.noVersion")],
        [t("fields.bases"), list(e.bases.map((b) => `${t(`basis.${b.basis}`)}: ${b.count} (${b.gdpr})`))],
        [t("fields.dataCategories"), list(e.dataCategories.map((x) => `${t(`category.${x.category}`)}: ${x.count}`))],
        [t("fields.subjects"), list(e.subjectCategories.map((x) => `${t(`subject.${x.category}`)}: ${x.count}`))],
        [
          t("fields.recipients"),
          list([
            ...e.recipients.processors.map((p) => p.name),
            t("fields.webhooks", { count: e.recipients.webhookReceivers }),
          ]),
        ],
        [t("fields.transfers"), list(e.transfers.map((x) => `${x.name} (${x.country}): ${x.mechanism ?? "—"}`))],
        [
          t("fields.retention"),
          t("fields.retentionText", {
            after: e.retention.monthsAfterBasisEnds,
            without: e.retention.monthsWithoutBasis,
          }),
        ],
        [t("fields.security"), list(e.securityMeasures.map((m) => t(`measure.${m}`)))],
        [t("fields.dpia"), w?.dpiaReference ? `${w.dpiaReference}${w.dpiaDate ? `, ${day(w.dpiaDate)}` : ""}` : "—"],
        [t("fields.lia"), w?.liaText ? w.liaText : e.needsLegitimateInterestAssessment ? t("fields.liaMissing") : "—"],
      ];
      return {
        id: e.purpose.key,
        title: `${o.lang === "en" ? e.purpose.nameEn : e.purpose.nameNl} (${e.purpose.key})`,
        paragraphs: [],
        entries: [{ rows: rows.map(([label, value]) => ({ label, value })) }],
      };
    }),
  };
}

/** The register document as a standalone, printable HTML page: every value escaped, no scripts, no external resources. */
export function registerHtml(doc: PrintableDocument): string {
  const value = (v: string) => {
    const lines = v.split("\n");
    return lines.length > 1 ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : escapeHtml(v);
  };
  const body = doc.sections
    .map(
      (s) => `<section><h2>${escapeHtml(s.title)}</h2><table>
${s.entries
  .flatMap((e) => e.rows)
  .map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${value(r.value)}</td></tr>`)
  .join("\n")}
</table></section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${doc.language}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #cbd5e1;padding:.4rem;text-align:left;vertical-align:top}
th{width:16rem;background:#f1f5f9}ul{margin:0;padding-left:1.2rem}</style></head>
<body><h1>${escapeHtml(doc.title)}</h1>
<p>${escapeHtml(doc.subtitle)}</p>
${doc.intro.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${body}
</body></html>`;
}

/** The register as JSON with W3C DPV terms, for another tool to read without a mapping of ours. */
export function registerJson(entries: RegisterEntry[], o: { asOf: Date; controller: Controller; generatedAt: Date }) {
  return {
    "@context": DPV_NAMESPACES,
    "@type": "dpv:ROPA",
    controller: {
      "@type": "dpv:DataController",
      name: o.controller.organisationName,
      email: o.controller.controllerEmail,
    },
    asOf: o.asOf.toISOString(),
    generatedAt: o.generatedAt.toISOString(),
    activities: entries.map((e) => ({
      "@type": "dpv:Process",
      id: e.purpose.key,
      name: { nl: e.purpose.nameNl, en: e.purpose.nameEn },
      "dpv:hasPurpose": e.purpose.dpvPurpose,
      "dpv:hasLegalBasis": e.bases.map((b) => ({
        "@id": b.dpv,
        "eu-gdpr": b.gdpr,
        basis: b.basis,
        dataSubjects: b.count,
      })),
      "dpv:hasPersonalData": e.dataCategories.map((c) => ({
        "@id": c.dpv,
        category: c.category,
        dataSubjects: c.count,
      })),
      "dpv:hasDataSubject": e.subjectCategories.map((s) => ({ "@id": s.dpv, category: s.category, count: s.count })),
      "dpv:hasRecipient": [
        ...e.recipients.processors.map((p) => ({ "@type": "dpv:DataProcessor", id: p.id, name: p.name })),
        ...(e.recipients.webhookReceivers > 0
          ? [{ "@type": "dpv:Recipient", webhookReceivers: e.recipients.webhookReceivers }]
          : []),
      ],
      transfers: e.transfers,
      retention: e.retention,
      securityMeasures: e.securityMeasures,
      description: e.written?.description ?? "",
      dpia: e.written?.dpiaReference
        ? { reference: e.written.dpiaReference, date: e.written.dpiaDate?.toISOString() ?? null }
        : null,
      legitimateInterestAssessment: e.written?.liaText ?? null,
      version: e.written ? { version: e.written.version, savedAt: e.written.createdAt.toISOString() } : null,
    })),
  };
}
