export { extractCardFields, splitName } from "./extract-card-fields";
export { emailCandidates } from "./email-candidates";
export { phoneCandidates } from "./phone-candidates";
export { WEAK_PROPOSAL, type CardProposal, type OcrLine, type Proposal } from "./types";
