import type { ConsentMethod } from "@/domain/vocabulary";
import type { ConsentExportContext } from "./exportable-consent";

/** How each method obtains consent, in words another controller can read. */
export const COLLECTION_METHOD_DESCRIPTIONS: Record<ConsentMethod, string> = {
  web_form: "Web form: the person ticked an unticked box and submitted the form",
  double_opt_in: "Web form confirmed through a link sent by e-mail (double opt-in)",
  verbal_in_person: "Said in person to a staff member, who recorded place, time and words",
  verbal_phone: "Said by telephone, recorded or confirmed in writing",
  business_card: "Business card handed over when asked for consent, recorded by a staff member",
  email_reply: "Reply by e-mail to a request for consent",
  paper_form: "Paper form filled in and signed by the person",
  preference_centre: "Switched on by the person on their own preference page, reached through a signed link",
};

/**
 * How to withdraw: as easy as giving consent, with immediate effect (AVG art. 7 lid 3). Every
 * commercial message also carries a one-click unsubscribe link (RFC 8058).
 */
export function describeWithdrawal(ctx: ConsentExportContext): string {
  const where = [
    "the unsubscribe link in every message",
    ...(ctx.withdrawalUrl ? [`the preference centre at ${ctx.withdrawalUrl}`] : []),
    `e-mail to ${ctx.controller.email}`,
  ];
  return `Consent can be withdrawn at any time, with immediate effect, through ${joinOr(where)} (GDPR art. 7(3)).`;
}

function joinOr(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
