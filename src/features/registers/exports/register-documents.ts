import { DPV_NAMESPACES } from "@/domain/exports/dpv-terms";
import type { RegisterEntry } from "../services/get-processing-register";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Controller = { organisationName: string; controllerEmail: string; controllerAddress: string };

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The register as a standalone, printable HTML document in Dutch or English: the form the
 * Autoriteit Persoonsgegevens asks for (art. 30 lid 4: in writing, on request). Every value is
 * escaped; no scripts, no external resources.
 */
export function registerHtml(
  entries: RegisterEntry[],
  t: Translate,
  o: { lang: string; asOf: Date; controller: Controller },
) {
  const row = (label: string, value: string) => `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>`;
  const list = (items: string[]) =>
    items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : esc(t("fields.none"));
  const body = entries
    .map((e) => {
      const name = o.lang === "en" ? e.purpose.nameEn : e.purpose.nameNl;
      const w = e.written;
      return `<section><h2>${esc(name)} <small>(${esc(e.purpose.key)})</small></h2><table>
${row(t("fields.dpvPurpose"), esc(e.purpose.dpvPurpose))}
${row(t("fields.description"), w?.description ? esc(w.description) : esc(t("fields.noVersion")))}
${row(t("fields.bases"), list(e.bases.map((b) => `${t(`basis.${b.basis}`)}: ${b.count} (${b.gdpr})`)))}
${row(t("fields.dataCategories"), list(e.dataCategories.map((c) => `${t(`category.${c.category}`)}: ${c.count}`)))}
${row(t("fields.subjects"), list(e.subjectCategories.map((s) => `${t(`subject.${s.category}`)}: ${s.count}`)))}
${row(t("fields.recipients"), list([...e.recipients.processors.map((p) => p.name), t("fields.webhooks", { count: e.recipients.webhookReceivers })]))}
${row(t("fields.transfers"), list(e.transfers.map((x) => `${x.name} (${x.country}): ${x.mechanism ?? "—"}`)))}
${row(t("fields.retention"), esc(t("fields.retentionText", { after: e.retention.monthsAfterBasisEnds, without: e.retention.monthsWithoutBasis })))}
${row(t("fields.security"), list(e.securityMeasures.map((m) => t(`measure.${m}`))))}
${row(t("fields.dpia"), w?.dpiaReference ? esc(`${w.dpiaReference}${w.dpiaDate ? `, ${day(w.dpiaDate)}` : ""}`) : "—")}
${row(t("fields.lia"), w?.liaText ? esc(w.liaText) : e.needsLegitimateInterestAssessment ? esc(t("fields.liaMissing")) : "—")}
</table></section>`;
    })
    .join("\n");
  const c = o.controller;
  return `<!doctype html>
<html lang="${o.lang}"><head><meta charset="utf-8"><title>${esc(t("title"))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #cbd5e1;padding:.4rem;text-align:left;vertical-align:top}
th{width:16rem;background:#f1f5f9}ul{margin:0;padding-left:1.2rem}</style></head>
<body><h1>${esc(t("title"))}</h1>
<p>${esc([c.organisationName, c.controllerAddress, c.controllerEmail].filter(Boolean).join(" · "))}</p>
<p>${esc(t("asOf"))}: ${day(o.asOf)}</p>
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
