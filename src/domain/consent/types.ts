import type { RuleProblem } from "@/domain/rule-problem";
import type { NoticeVersionFact } from "./notice-version";
import type { Channel, ConsentMethod, SourceType } from "@/domain/vocabulary";

export type ConsentProblemCode =
  | "purpose_missing"
  | "channels_missing"
  | "channel_not_offered"
  | "captured_at_invalid"
  | "captured_in_future"
  | "pre_ticked"
  | "no_affirmative_act"
  | "offline_location_missing"
  | "offline_statement_missing"
  | "web_ip_missing"
  | "web_user_agent_missing"
  | "grantor_name_missing"
  | "grantor_role_missing"
  | "grantor_authority_missing"
  | "notice_version_missing"
  | "notice_version_unknown"
  | "captured_before_first_notice"
  | "purchased_list_consent";

export type ConsentProblem = RuleProblem<ConsentProblemCode>;

/**
 * Someone other than the person who gave consent on the person's behalf (e.g. a management
 * assistant). `null` on the evidence means the person themselves.
 */
export interface ConsentGrantor {
  name: string;
  /** Their position, e.g. "office manager". */
  role?: string | null;
  /** On what authority they may consent for the person, as stated (e.g. "handles all of
   *  Jan's appointments and subscriptions, said so herself"). */
  authority?: string | null;
}

/** What proves the consent (AVG art. 7 lid 1: the controller must be able to demonstrate it). */
export interface ConsentEvidenceInput {
  /** Where it happened: the fair and booth, the meeting room, the form URL, "by telephone". */
  location?: string | null;
  /** The words used, as literally as possible. */
  statement?: string | null;
  grantor?: ConsentGrantor | null;
  /** Id of the stored notice text row; resolved by the service, not checked here. */
  noticeVersionId?: string | null;
  /** Version number of the purpose's notice text that was shown. */
  noticeVersion?: number | null;
  ip?: string | null;
  userAgent?: string | null;
  /** References to stored files: card or form scan, call recording, written confirmation. */
  attachments?: readonly string[] | null;
}

export interface ConsentGrantInput {
  purposeKey: string;
  channels: readonly Channel[];
  method: ConsentMethod;
  capturedAt: Date;
  /** The person did something to say yes: ticked an empty box, clicked, said "yes", handed
   *  over a card after being asked. */
  affirmativeAct: boolean;
  /** The box was ticked before the person saw it. */
  preTicked?: boolean;
  /** The "consent" came with a list we received, rather than being collected by us. */
  importedFromList?: boolean;
  evidence: ConsentEvidenceInput;
}

export interface ConsentGrantContext {
  now: Date;
  /** Provenance of the contact the consent is for. */
  contactSourceType: SourceType;
  /** Notice versions that exist for this purpose. */
  knownNoticeVersions: readonly number[];
  /** The purpose's notice history. Given: a grant without a notice version takes the version
   *  current at its capture time. Absent: the version must be named. */
  notices?: readonly NoticeVersionFact[];
  /** Channels the purpose offers (e.g. a newsletter by e-mail only). */
  purposeChannels: readonly Channel[];
}

export interface CorrectionInput {
  reason: string | null | undefined;
  correctsId: string | null | undefined;
}

export type CorrectionProblemCode =
  "correction_target_missing" | "correction_reason_missing" | "correction_reason_too_short";

export type CorrectionProblem = RuleProblem<CorrectionProblemCode>;
