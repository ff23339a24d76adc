/**
 * The public entry of contacts: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { checkContactDraft } from "./rules/check-contact-draft";
export { checkSource } from "./rules/contact-rules";
export type { NormalisedEmail } from "./rules/contact-rules";
export { buildSearchName, toSearchText } from "./rules/search-text";
export {
  ZCompanyInput,
  ZCreateContactInput,
  ZEmailInput,
  ZPhoneInput,
  ZPostalAddressInput,
  ZSourceInput,
  ZUpdateContactInput,
} from "./schemas";
export { findSuppressed } from "./services/check-suppression";
export { createContact, insertContact } from "./services/create-contact";
export { findContacts, type ContactListRow } from "./services/find-contacts";
