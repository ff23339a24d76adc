import { OFFLINE_METHODS, WEB_METHODS } from "@/domain/vocabulary";
import { inferNoticeVersion } from "./notice-version";
import type { ConsentGrantContext, ConsentGrantInput, ConsentProblemCode } from "./types";

/** A problem before its messages are attached: the rules decide, the messages explain. */
export interface ProblemDraft {
  code: ConsentProblemCode;
  field: string;
  params?: Record<string, string>;
}

export type ConsentGrantRule = (input: ConsentGrantInput, ctx: ConsentGrantContext) => ProblemDraft[];

import { CLOCK_SKEW_MS } from "./clock-skew";

export { CLOCK_SKEW_MS };

const isBlank = (value: string | null | undefined): boolean => value == null || value.trim() === "";

const draft = (code: ConsentProblemCode, field: string, params?: Record<string, string>) => ({
  code,
  field,
  ...(params ? { params } : {}),
});

/** Consent is given "for one or more specific purposes" (AVG art. 6 lid 1 sub a). */
const purposeIsNamed: ConsentGrantRule = (input) =>
  isBlank(input.purposeKey) ? [draft("purpose_missing", "purposeKey")] : [];

/**
 * Consent is specific and informed (art. 4 punt 11): a person can only agree to a channel the
 * purpose actually offered them. A purpose "newsletter by e-mail" gives no consent to be called.
 */
const channelsAreOffered: ConsentGrantRule = (input, ctx) => {
  const channels = input.channels ?? [];
  if (channels.length === 0) return [draft("channels_missing", "channels")];
  return channels.flatMap((channel, index) =>
    ctx.purposeChannels.includes(channel) ? [] : [draft("channel_not_offered", `channels.${index}`, { channel })],
  );
};

/**
 * The controller must show WHEN consent was given (art. 7 lid 1). A time in the future is a
 * typing or clock error and would make a later send look covered when it was not.
 */
const capturedAtIsPlausible: ConsentGrantRule = (input, ctx) => {
  const at = input.capturedAt;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    return [draft("captured_at_invalid", "capturedAt")];
  }
  return at.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS ? [draft("captured_in_future", "capturedAt")] : [];
};

/** Pre-ticked boxes are not consent (art. 7 lid 2, overweging 32; CJEU C-673/17 Planet49). */
const notPreTicked: ConsentGrantRule = (input) => (input.preTicked === true ? [draft("pre_ticked", "preTicked")] : []);

/** Consent needs a clear affirmative act; silence or inactivity is not one (art. 4 punt 11). */
const hasAffirmativeAct: ConsentGrantRule = (input) =>
  input.affirmativeAct === true ? [] : [draft("no_affirmative_act", "affirmativeAct")];

/**
 * An offline opt-in leaves no trace of its own, so the record is the only proof (art. 7 lid 1):
 * it must say where it happened and what was said (docs/law/consent.md).
 */
const offlineHasPlaceAndWords: ConsentGrantRule = (input) => {
  if (!OFFLINE_METHODS.includes(input.method)) return [];
  const evidence = input.evidence ?? {};
  return [
    ...(isBlank(evidence.location) ? [draft("offline_location_missing", "evidence.location")] : []),
    ...(isBlank(evidence.statement) ? [draft("offline_statement_missing", "evidence.statement")] : []),
  ];
};

/** A web sign-up is demonstrated by the IP address and user agent it came from (art. 7 lid 1). */
const webHasIpAndUserAgent: ConsentGrantRule = (input) => {
  if (!WEB_METHODS.includes(input.method)) return [];
  const evidence = input.evidence ?? {};
  return [
    ...(isBlank(evidence.ip) ? [draft("web_ip_missing", "evidence.ip")] : []),
    ...(isBlank(evidence.userAgent) ? [draft("web_user_agent_missing", "evidence.userAgent")] : []),
  ];
};

/**
 * Consent is the person's own indication of wishes (art. 4 punt 11). Someone else (a receptionist
 * passing on a direct number) can only give it with evident authority: record who, in which
 * role, and on what authority, or the consent cannot be shown to be the person's.
 */
const representativeHasAuthority: ConsentGrantRule = (input) => {
  const grantor = input.evidence?.grantor;
  if (grantor == null) return [];
  return [
    ...(isBlank(grantor.name) ? [draft("grantor_name_missing", "evidence.grantor.name")] : []),
    ...(isBlank(grantor.role) ? [draft("grantor_role_missing", "evidence.grantor.role")] : []),
    ...(isBlank(grantor.authority) ? [draft("grantor_authority_missing", "evidence.grantor.authority")] : []),
  ];
};

/**
 * Consent must be informed (art. 4 punt 11, art. 13, overweging 42): the record names the notice
 * text version shown, and that version must exist for this purpose. When the caller names no
 * version and the purpose's notice history is known (`ctx.notices`), the version current at the
 * time of consent is taken (and the record marks it as inferred); a consent dated before the
 * purpose's first notice has no text it can have been informed by.
 */
const noticeVersionIsKnown: ConsentGrantRule = (input, ctx) => {
  const version = input.evidence?.noticeVersion;
  if (version == null) {
    if (ctx.notices == null) return [draft("notice_version_missing", "evidence.noticeVersion")];
    const validTime = input.capturedAt instanceof Date && !Number.isNaN(input.capturedAt.getTime());
    return validTime && inferNoticeVersion(ctx.notices, input.capturedAt) == null
      ? [draft("captured_before_first_notice", "evidence.noticeVersion")]
      : [];
  }
  return ctx.knownNoticeVersions.includes(version)
    ? []
    : [draft("notice_version_unknown", "evidence.noticeVersion", { version: String(version) })];
};

/**
 * A purchased or rented list carries no consent for us: the person could not consent to a
 * controller they did not know (art. 4 punt 11, overweging 42; Tw art. 11.7). Consent we collect
 * ourselves from such a contact afterwards is fine, so only the imported kind is refused.
 */
const notFromPurchasedList: ConsentGrantRule = (input, ctx) =>
  input.importedFromList === true && ctx.contactSourceType === "purchased_list"
    ? [draft("purchased_list_consent", "importedFromList")]
    : [];

/** In the order the problems are reported: what, when and how, then the evidence. */
export const CONSENT_GRANT_RULES: readonly ConsentGrantRule[] = [
  purposeIsNamed,
  channelsAreOffered,
  capturedAtIsPlausible,
  notPreTicked,
  hasAffirmativeAct,
  notFromPurchasedList,
  offlineHasPlaceAndWords,
  webHasIpAndUserAgent,
  representativeHasAuthority,
  noticeVersionIsKnown,
];
