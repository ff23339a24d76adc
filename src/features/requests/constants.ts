/**
 * Value lists of the requests feature, free of heavy imports so that client components can use
 * them without pulling the phone-number metadata into the browser bundle.
 */
/** How a request reached us (AVG art. 12 lid 2: any channel counts, no special form required). */
export const REQUEST_CHANNELS = ["email", "letter", "phone", "in_person", "web_form", "other"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** Proportionate identity checks (AVG art. 12 lid 6; never a copy of an ID document kept). */
export const VERIFICATION_METHODS = [
  "reply_from_known_email",
  "callback_known_phone",
  "in_person_id_seen",
  "signed_letter_known_address",
  // The requester pressed the button behind the link mailed to the address the request came from
  // (the public request page): they control that address. Link only contacts that hold it.
  "confirmed_email_link",
  "other",
] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const RESPONSE_CHANNELS = ["email", "post", "in_person", "phone"] as const;
export const CLOSE_OUTCOMES = ["answered", "rejected"] as const;
export const LETTER_LANGUAGES = ["nl", "en"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
