import type { Step } from "../decision";
import {
  erasedOrSuppressed,
  objectionToDirectMarketing,
  objectionToProfiling,
  restricted,
  withdrawal,
} from "./data-subject";
import { electronicMessage } from "./electronic";
import { addressedPost } from "./post";
import { telephoneStep } from "./phone";
import { channelInPurpose, nonCommercial, publicSourcePurpose } from "./purpose";

/**
 * The Dutch/EU order of evaluation (docs/law/outreach-rules.md). Every DENY about the person
 * comes before any ALLOW about the channel, so the first decision returned is final. Versions differ
 * only in how a step reads the law in force (the order stays).
 */
function nlSteps(telephone: Step): readonly Step[] {
  return [
    erasedOrSuppressed, // 1  AVG art. 17
    restricted, // 2  AVG art. 18 lid 1
    objectionToDirectMarketing, // 3  AVG art. 21 lid 2-3 (marketing only)
    withdrawal, // 4  AVG art. 7 lid 3 (marketing only)
    channelInPurpose, //    AVG art. 5 lid 1 sub b
    objectionToProfiling, // 8  AVG art. 21 — a deny, so before any allow
    nonCommercial, //    AVG art. 6 lid 1 sub b/f — the end of the road for service messages
    publicSourcePurpose, //    AVG art. 5 lid 1 sub b
    electronicMessage, // 5  Tw art. 11.7
    telephone, // 6  Tw art. 11.7, telemarketing code
    addressedPost, // 7  AVG art. 6 lid 1 sub f, recital 47
  ];
}

/** 1 July 2021 – 30 June 2026: (former) customers who are natural persons may be called. */
export const NL_STEPS_2021 = nlSteps(telephoneStep({ customerCallsNeedConsent: false }));

/** From 1 July 2026: calling a natural person needs consent, customer or not (exempt sectors aside). */
export const NL_STEPS_2026 = nlSteps(telephoneStep({ customerCallsNeedConsent: true }));
