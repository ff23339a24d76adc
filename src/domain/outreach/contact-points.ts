/** The addresses and numbers a channel can use, and which one to prefer. */
import type { Channel, EmailKind, PhoneKind } from "@/domain/vocabulary";
import type { ContactFacts, EmailPointFact } from "./types";

export interface ContactPoint {
  id: string;
  kind: EmailKind | PhoneKind | "postal";
  email?: EmailPointFact;
}

/** Points of the contact that can carry the channel. An SMS can only go to a mobile number. */
export function pointsForChannel(contact: ContactFacts, channel: Channel): ContactPoint[] {
  switch (channel) {
    case "email":
      // An address that bounced hard cannot carry mail: keeping on sending to it uses data we
      // know to be inaccurate (AVG art. 5 lid 1 sub d) and harms delivery to everyone else.
      return contact.emails.filter((e) => !e.undeliverable).map((e) => ({ id: e.id, kind: e.kind, email: e }));
    case "sms":
      return contact.phones.filter((p) => p.kind === "mobile").map((p) => ({ id: p.id, kind: p.kind }));
    case "phone":
      return contact.phones.map((p) => ({ id: p.id, kind: p.kind }));
    case "post":
      return contact.postalAddresses.map((a) => ({ id: a.id, kind: "postal" as const }));
  }
}

/** The requested point if it can carry the channel (else none), or every point of the channel. */
export function usablePoints(contact: ContactFacts, channel: Channel, requestedId?: string): ContactPoint[] {
  const all = pointsForChannel(contact, channel);
  return requestedId === undefined ? all : all.filter((p) => p.id === requestedId);
}

/** Why no point can carry the channel: every address it would use bounced hard, or there is none. */
export function noPointRule(
  contact: ContactFacts,
  channel: Channel,
  requestedId?: string,
): "address_undeliverable" | "no_contact_point" {
  if (channel !== "email") return "no_contact_point";
  const bounced = contact.emails.filter((e) => e.undeliverable && (requestedId === undefined || e.id === requestedId));
  return bounced.length > 0 ? "address_undeliverable" : "no_contact_point";
}

/** First point by kind preference; kinds not listed are never picked. */
export function pickPoint(points: ContactPoint[], preference: readonly ContactPoint["kind"][]) {
  for (const kind of preference) {
    const hit = points.find((p) => p.kind === kind);
    if (hit) return hit;
  }
  return undefined;
}

// A person's own address or line first: consent is the person's, and a generic inbox or the
// switchboard reaches someone else first.
export const PERSONAL_FIRST = {
  email: ["personal", "designated_commercial", "generic"],
  sms: ["mobile"],
  phone: ["direct", "mobile", "general"],
  post: ["postal"],
} as const satisfies Record<Channel, readonly ContactPoint["kind"][]>;
