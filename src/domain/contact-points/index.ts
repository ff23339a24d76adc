export { normaliseEmail, emailLocalPart, MAX_EMAIL_LENGTH } from "./normalise-email";
export { isGenericMailbox, GENERIC_MAILBOX_NAMES } from "./is-generic-mailbox";
export { suggestEmailKind } from "./suggest-email-kind";
export { normalisePhone, type NormalisedPhone, type PhoneTypeHint } from "./normalise-phone";
export { normaliseKvk } from "./normalise-kvk";
export { isValidKvkNumber } from "./is-valid-kvk-number";
export { normaliseIdentifier } from "./normalise-identifier";
// suppressionHash is deliberately not re-exported here: it imports node:crypto, and this barrel
// may be imported by client components. Import it from "./suppression-hash" on the server.
