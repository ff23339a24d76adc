import { enumLabel, formatDate, purposeName, rows } from "./format";
import { personSections } from "./person-sections";
import type {
  AccessReportModel,
  ReportFacts,
  ReportPerson,
  ReportRequest,
  ReportSection,
  Translate,
} from "./report-types";

/**
 * The access report (AVG art. 15) as a language-neutral model: the HTML page and the PDF both
 * render this one model, so they cannot disagree. Pure: the caller reads the data and passes a
 * translator for the chosen language.
 *
 * Art. 15 lid 1 asks for: the purposes (a), categories (b), recipients (c), retention (d), the
 * rights to rectification, erasure, restriction and objection (e), the right to complain (f), the
 * source when not collected from the person (g), and automated decision-making/profiling (h);
 * lid 3 for a copy of the data itself. Each has its section below.
 */
export function buildAccessReport(input: {
  request: ReportRequest;
  people: ReportPerson[];
  facts: ReportFacts;
  language: "nl" | "en";
  t: Translate;
  generatedAt: Date;
}): AccessReportModel {
  const { request, people, facts, language: lang, t, generatedAt } = input;
  const controller = facts.controller.name || t("report.theController");
  const intro = [
    t("report.intro", {
      controller,
      receivedAt: formatDate(request.receivedAt, lang),
      generatedAt: formatDate(generatedAt, lang, true),
    }),
  ];
  const base = {
    language: lang,
    title: t("report.title"),
    subtitle: request.requesterName
      ? t("report.subtitle", { name: request.requesterName })
      : t("report.subtitleAnonymous"),
    generatedAt,
  };
  if (people.length === 0) {
    // Art. 15 lid 1: the person has the right to confirmation whether data is processed at all.
    return { ...base, intro: [...intro, t("report.noData")], sections: [rightsSection(t, facts)] };
  }
  const sections: ReportSection[] = [];
  people.forEach((person, i) => {
    const personSectionsList = personSections(person, t, lang);
    if (people.length > 1) personSectionsList[0].title = `${personSectionsList[0].title} (${i + 1}/${people.length})`;
    sections.push(...personSectionsList);
  });
  sections.push(
    purposesSection(t, facts, lang),
    recipientsSection(t, facts),
    retentionSection(t, facts),
    profilingSection(t, facts),
    rightsSection(t, facts),
  );
  return { ...base, intro: [...intro, t("report.summary", { count: people.length })], sections };
}

function purposesSection(t: Translate, facts: ReportFacts, lang: "nl" | "en"): ReportSection {
  return {
    id: "purposes",
    title: t("report.sections.purposes"),
    paragraphs: [t("report.purposesIntro")],
    entries: facts.purposes.map((p) => ({
      heading: purposeName(p, lang),
      rows: rows(
        [t("report.f.directMarketing"), t(p.directMarketing ? "report.yes" : "report.no")],
        [t("report.f.channels"), p.channels.map((c) => enumLabel(t, "channel", c)).join(", ")],
        [t("report.f.dpvPurpose"), p.dpvPurpose],
        [t("report.f.noticeVersion"), p.notice ? String(p.notice.version) : null],
        [t("report.f.noticeText"), p.notice ? (lang === "nl" ? p.notice.textNl : p.notice.textEn) : null],
      ),
    })),
  };
}

function recipientsSection(t: Translate, facts: ReportFacts): ReportSection {
  return {
    id: "recipients",
    title: t("report.sections.recipients"),
    paragraphs: [facts.processors.length ? t("report.recipientsIntro") : t("report.noRecipients")],
    entries: facts.processors.map((p) => ({
      rows: rows([t("report.f.processor"), p.name], [t("report.f.description"), p.description]),
    })),
  };
}

function retentionSection(t: Translate, facts: ReportFacts): ReportSection {
  return {
    id: "retention",
    title: t("report.sections.retention"),
    paragraphs: [t("report.retention", { months: facts.retentionMonthsWithoutBasis })],
    entries: [],
  };
}

function profilingSection(t: Translate, facts: ReportFacts): ReportSection {
  return {
    id: "profiling",
    title: t("report.sections.profiling"),
    paragraphs: [t(facts.profiling ? "report.profilingYes" : "report.profilingNo"), t("report.noAutomatedDecisions")],
    entries: [],
  };
}

function rightsSection(t: Translate, facts: ReportFacts): ReportSection {
  const c = facts.controller;
  return {
    id: "rights",
    title: t("report.sections.rights"),
    paragraphs: [t("report.rights"), t("report.complaint")],
    entries: [
      {
        heading: t("report.controllerContact"),
        rows: rows(
          [t("report.f.name"), c.name],
          [t("report.f.address"), c.address],
          [t("report.f.email"), c.email],
          [t("report.f.phone"), c.phone],
          [t("report.f.policyUrl"), c.policyUrl],
        ),
      },
    ],
  };
}
