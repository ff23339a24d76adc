/**
 * The public entry of tags: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { TAG_COLOURS, MAX_BULK_CONTACTS, type TagColour } from "./schemas";
export { findTags, tagOptions, tagsOfContacts, type TagOption } from "./services/find-tags";
export { TagBadges } from "./components/tag-badges";
