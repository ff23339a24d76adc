/** Who did something, and the request it came with. References only: no names, no e-mails. */
export type Actor =
  | { type: "user"; id: string; role?: string }
  | { type: "api_key"; id: string }
  | { type: "data_subject"; id?: string } // a contact acting on a public page (signed link)
  | { type: "system"; id?: string };

export type RequestMeta = { requestId?: string; ip?: string | null };

export type AuditContext = { actor: Actor; request?: RequestMeta };

export const SYSTEM: AuditContext = { actor: { type: "system", id: "system" } };

/** The staff member behind an action, for the "recorded by" columns (a reference); null when a
 *  system job, an API key or the data subject acted. */
export function actorUserId(ctx: AuditContext): string | null {
  return ctx.actor.type === "user" ? ctx.actor.id : null;
}
