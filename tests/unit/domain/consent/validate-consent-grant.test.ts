import { describe, expect, it } from "vitest";
import { validateConsentGrant } from "@/domain/consent/validate-consent-grant";
import { CONSENT_PROBLEM_MESSAGES } from "@/domain/consent/consent-problem-messages";
import type { ConsentGrantContext, ConsentGrantInput, ConsentProblemCode } from "@/domain/consent/types";
import { CONSENT_METHODS, type ConsentMethod } from "@/domain/vocabulary";

const NOW = new Date("2026-05-12T10:00:00.000Z");

const ctx = (over: Partial<ConsentGrantContext> = {}): ConsentGrantContext => ({
  now: NOW,
  contactSourceType: "event",
  knownNoticeVersions: [1, 2],
  purposeChannels: ["email", "phone"],
  ...over,
});

/** Valid evidence for every method: offline fields, web fields, a phone confirmation. */
const grant = (over: Partial<ConsentGrantInput> = {}): ConsentGrantInput => ({
  purposeKey: "newsletter",
  channels: ["email"],
  method: "business_card",
  capturedAt: new Date("2026-05-12T09:30:00.000Z"),
  affirmativeAct: true,
  preTicked: false,
  evidence: {
    location: "Vakbeurs Utrecht, stand 12",
    statement: "Ja, stuur me de nieuwsbrief maar.",
    grantor: null,
    noticeVersion: 2,
    ip: "203.0.113.7",
    userAgent: "Mozilla/5.0",
    attachments: ["att_card_scan"],
  },
  ...over,
});

const withEvidence = (evidence: Partial<ConsentGrantInput["evidence"]>, over: Partial<ConsentGrantInput> = {}) =>
  grant({ ...over, evidence: { ...grant().evidence, ...evidence } });

function codes(input: ConsentGrantInput, context = ctx()): ConsentProblemCode[] {
  const result = validateConsentGrant(input, context);
  return result.ok ? [] : result.problems.map((p) => p.code);
}

function problemsOf(input: ConsentGrantInput, context = ctx()) {
  const result = validateConsentGrant(input, context);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("validateConsentGrant: valid consent", () => {
  it.each(CONSENT_METHODS)("accepts complete evidence for method %s", (method) => {
    expect(validateConsentGrant(grant({ method }), ctx())).toEqual({ ok: true });
  });

  it("accepts consent from the person themselves without a grantor (null)", () => {
    expect(validateConsentGrant(withEvidence({ grantor: null }), ctx()).ok).toBe(true);
  });

  it("accepts a representative with name, role and stated authority", () => {
    const input = withEvidence({
      grantor: { name: "Petra de Vries", role: "office manager", authority: "beheert Jans agenda en abonnementen" },
    });
    expect(validateConsentGrant(input, ctx()).ok).toBe(true);
  });

  it("accepts consent captured exactly at the 2-minute clock-skew limit", () => {
    const capturedAt = new Date(NOW.getTime() + 2 * 60 * 1000);
    expect(codes(grant({ capturedAt }))).toEqual([]);
  });

  it("does not require location or statement for web methods", () => {
    const input = withEvidence({ location: null, statement: null, attachments: [] }, { method: "web_form" });
    expect(codes(input)).toEqual([]);
  });

  it("does not require ip or user agent for offline methods", () => {
    const input = withEvidence({ ip: null, userAgent: null }, { method: "verbal_in_person" });
    expect(codes(input)).toEqual([]);
  });
});

describe("validateConsentGrant: one problem per rule", () => {
  it("rejects a missing purpose", () => {
    expect(codes(grant({ purposeKey: "  " }))).toEqual(["purpose_missing"]);
  });

  it("rejects an empty channel list", () => {
    expect(codes(grant({ channels: [] }))).toEqual(["channels_missing"]);
  });

  it("rejects a channel the purpose does not offer, naming the channel and its index", () => {
    const [p] = problemsOf(grant({ channels: ["email", "sms"] }));
    expect(p.code).toBe("channel_not_offered");
    expect(p.field).toBe("channels.1");
    expect(p.message.en).toContain('"sms"');
    expect(p.message.nl).toContain('"sms"');
  });

  it("rejects an invalid capture date", () => {
    expect(codes(grant({ capturedAt: new Date("not a date") }))).toEqual(["captured_at_invalid"]);
  });

  it("rejects consent given in the future beyond 2 minutes of clock skew", () => {
    const capturedAt = new Date(NOW.getTime() + 2 * 60 * 1000 + 1);
    const [p] = problemsOf(grant({ capturedAt }));
    expect(p).toMatchObject({ code: "captured_in_future", field: "capturedAt" });
  });

  it("rejects a pre-ticked box even when the form was submitted (art. 7 lid 2, overweging 32)", () => {
    const [p] = problemsOf(grant({ method: "web_form", preTicked: true }));
    expect(p).toMatchObject({ code: "pre_ticked", field: "preTicked" });
    expect(p.citation).toContain("overweging 32");
  });

  it("rejects the absence of an affirmative act (art. 4 punt 11)", () => {
    const [p] = problemsOf(grant({ affirmativeAct: false }));
    expect(p).toMatchObject({ code: "no_affirmative_act", field: "affirmativeAct" });
    expect(p.citation).toContain("art. 4 punt 11");
  });

  it.each<ConsentMethod>(["verbal_in_person", "verbal_phone", "business_card", "paper_form"])(
    "rejects offline method %s without a location",
    (method) => {
      expect(codes(withEvidence({ location: " " }, { method }))).toEqual(["offline_location_missing"]);
    },
  );

  it.each<ConsentMethod>(["verbal_in_person", "verbal_phone", "business_card", "paper_form"])(
    "rejects offline method %s without the words used",
    (method) => {
      expect(codes(withEvidence({ statement: null }, { method }))).toEqual(["offline_statement_missing"]);
    },
  );

  it("accepts a phone opt-in without a recording when place and words are recorded (its evidence is weak)", () => {
    expect(codes(withEvidence({ attachments: [] }, { method: "verbal_phone" }))).toEqual([]);
  });

  it("still rejects a phone opt-in without place or words", () => {
    const input = withEvidence({ attachments: [], location: null, statement: "" }, { method: "verbal_phone" });
    expect(codes(input)).toEqual(["offline_location_missing", "offline_statement_missing"]);
  });

  it("does not require attachments for in-person opt-ins", () => {
    expect(codes(withEvidence({ attachments: null }, { method: "verbal_in_person" }))).toEqual([]);
  });

  it.each<ConsentMethod>(["web_form", "double_opt_in"])("rejects web method %s without an IP address", (method) => {
    expect(codes(withEvidence({ ip: "" }, { method }))).toEqual(["web_ip_missing"]);
  });

  it.each<ConsentMethod>(["web_form", "double_opt_in"])("rejects web method %s without a user agent", (method) => {
    expect(codes(withEvidence({ userAgent: undefined }, { method }))).toEqual(["web_user_agent_missing"]);
  });

  it("rejects a representative without a name", () => {
    const input = withEvidence({ grantor: { name: " ", role: "receptie", authority: "zegt dat zij dit regelt" } });
    expect(codes(input)).toEqual(["grantor_name_missing"]);
  });

  it("rejects a representative without a role", () => {
    const input = withEvidence({ grantor: { name: "Petra", authority: "beheert zijn agenda" } });
    const [p] = problemsOf(input);
    expect(p).toMatchObject({ code: "grantor_role_missing", field: "evidence.grantor.role" });
  });

  it("rejects a representative without stated authority", () => {
    const input = withEvidence({ grantor: { name: "Petra", role: "receptionist", authority: null } });
    const [p] = problemsOf(input);
    expect(p).toMatchObject({ code: "grantor_authority_missing", field: "evidence.grantor.authority" });
  });

  it("rejects a missing notice version", () => {
    expect(codes(withEvidence({ noticeVersion: undefined }))).toEqual(["notice_version_missing"]);
  });

  describe("without a notice version, when the purpose's notice history is known", () => {
    const notices = [
      { version: 1, createdAt: new Date("2026-01-01T00:00:00.000Z") },
      { version: 2, createdAt: new Date("2026-05-01T00:00:00.000Z") },
    ];
    it("accepts it: the version current at the capture time is taken", () => {
      expect(codes(withEvidence({ noticeVersion: null }), ctx({ notices }))).toEqual([]);
    });
    it("rejects a consent dated before the purpose's first notice", () => {
      const input = withEvidence({ noticeVersion: null }, { capturedAt: new Date("2025-12-31T12:00:00.000Z") });
      const [p] = problemsOf(input, ctx({ notices }));
      expect(p).toMatchObject({ code: "captured_before_first_notice", field: "evidence.noticeVersion" });
    });
    it("still rejects an explicit version that never existed", () => {
      expect(codes(withEvidence({ noticeVersion: 7 }), ctx({ notices }))).toEqual(["notice_version_unknown"]);
    });
  });

  it("rejects a notice version that does not exist for the purpose", () => {
    const [p] = problemsOf(withEvidence({ noticeVersion: 3 }));
    expect(p).toMatchObject({ code: "notice_version_unknown", field: "evidence.noticeVersion" });
    expect(p.message.en).toContain("Version 3");
  });

  it("rejects every notice version when the purpose has no notice at all", () => {
    expect(codes(grant(), ctx({ knownNoticeVersions: [] }))).toEqual(["notice_version_unknown"]);
  });

  it("rejects consent imported from a purchased list", () => {
    const [p] = problemsOf(grant({ importedFromList: true }), ctx({ contactSourceType: "purchased_list" }));
    expect(p).toMatchObject({ code: "purchased_list_consent", field: "importedFromList" });
    expect(p.citation).toContain("Tw art. 11.7");
  });

  it.each(CONSENT_METHODS)(
    "rejects imported list consent for a purchased-list contact whatever the method (%s)",
    (method) => {
      expect(codes(grant({ method, importedFromList: true }), ctx({ contactSourceType: "purchased_list" }))).toEqual([
        "purchased_list_consent",
      ]);
    },
  );

  it.each(CONSENT_METHODS)(
    "accepts consent we collected ourselves (%s) from a contact that came from a purchased list",
    (method) => {
      expect(codes(grant({ method }), ctx({ contactSourceType: "purchased_list" }))).toEqual([]);
    },
  );

  it("does not apply the purchased-list rule to other provenance", () => {
    expect(codes(grant({ importedFromList: true }), ctx({ contactSourceType: "import" }))).toEqual([]);
  });
});

describe("validateConsentGrant: combinations", () => {
  it("reports every problem at once, in a stable order", () => {
    const input: ConsentGrantInput = {
      purposeKey: "",
      channels: ["sms", "post"],
      method: "verbal_phone",
      capturedAt: new Date(NOW.getTime() + 60 * 60 * 1000),
      affirmativeAct: false,
      preTicked: true,
      importedFromList: true,
      evidence: { grantor: { name: "" } },
    };
    expect(codes(input, ctx({ contactSourceType: "purchased_list" }))).toEqual([
      "purpose_missing",
      "channel_not_offered",
      "channel_not_offered",
      "captured_in_future",
      "pre_ticked",
      "no_affirmative_act",
      "purchased_list_consent",
      "offline_location_missing",
      "offline_statement_missing",
      "grantor_name_missing",
      "grantor_role_missing",
      "grantor_authority_missing",
      "notice_version_missing",
    ]);
  });

  it("reports both missing web fields and the unknown notice for a bare web form", () => {
    const input = grant({ method: "double_opt_in", evidence: { noticeVersion: 9 } });
    expect(codes(input)).toEqual(["web_ip_missing", "web_user_agent_missing", "notice_version_unknown"]);
  });

  it("reports both missing offline fields for an empty business-card record", () => {
    const input = grant({ method: "business_card", evidence: { noticeVersion: 1 } });
    const problems = problemsOf(input);
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ["offline_location_missing", "evidence.location"],
      ["offline_statement_missing", "evidence.statement"],
    ]);
  });

  it("tolerates a missing evidence object from a careless caller", () => {
    const input = { ...grant({ method: "web_form" }), evidence: undefined } as unknown as ConsentGrantInput;
    expect(codes(input)).toEqual(["web_ip_missing", "web_user_agent_missing", "notice_version_missing"]);
  });
});

describe("validateConsentGrant: messages", () => {
  it("gives every problem code a Dutch and an English message and a citation", () => {
    for (const [code, entry] of Object.entries(CONSENT_PROBLEM_MESSAGES)) {
      const text = entry.message({ channel: "sms", version: "3" });
      expect(text.nl.length, code).toBeGreaterThan(10);
      expect(text.en.length, code).toBeGreaterThan(10);
      expect(text.nl).not.toEqual(text.en);
      expect(entry.citation).toMatch(/AVG|Tw/);
    }
  });
});
