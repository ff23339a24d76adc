/**
 * Abuse limits of the public sign-up (no mail bombing through our confirmation mail, no flooding of
 * the pending table). Fixed windows, counted in the database (RateLimitCounter) so that every app
 * instance shares them. Per address: a person signs up once or twice, not ten times an hour. Per IP:
 * a shared office network may sign up a few colleagues. Per form: a ceiling for a scripted attack
 * spread over many IPs.
 */
export const SIGNUP_LIMITS = {
  perAddress: { limit: 3, windowMs: 60 * 60 * 1000 },
  perIp: { limit: 20, windowMs: 10 * 60 * 1000 },
  perForm: { limit: 6000, windowMs: 60 * 1000 },
} as const;

/** Faster than this between rendering the form and submitting it, nobody typed an address. */
export const MIN_FILL_MS = 2000;
