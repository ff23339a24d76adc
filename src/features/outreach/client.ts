/**
 * The client-safe public entry of outreach: the audience filter fields that the campaign and
 * segment forms share. Kept out of index.ts so that pages importing outreach's server code do not
 * pull these client components (and their texts) in with it.
 */
export { AudienceFields } from "./components/audience-fields";
export { audienceFromForm } from "./components/audience-form-data";
