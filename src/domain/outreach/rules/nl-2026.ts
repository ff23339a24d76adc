import type { RuleDefinition } from "./rule-definition";

/**
 * What changed on 1 July 2026 (Telecommunicatiewet art. 11.7, amended): telemarketing to natural
 * persons (consumers, and the eenmanszaak, vof and maatschap) needs prior consent even for existing
 * and former customers. Charities, lotteries that fund charities and publishers of newspapers,
 * weeklies and magazines keep the customer relationship as a basis for calls (the telemarketing
 * code: up to three years after the relationship ended). Rules not listed here are unchanged.
 */
export const NL_2026_CHANGED_RULES = {
  customer_call_needs_consent: {
    id: "customer_call_needs_consent",
    outcome: "deny",
    citation: "Tw art. 11.7 lid 1 (sinds 1 juli 2026)",
    title: { nl: "Klant bellen vraagt toestemming", en: "Calling a customer needs consent" },
    explanation: {
      nl: "Sinds 1 juli 2026 is voor telemarketing aan klanten toestemming nodig: de klantrelatie (sinds {date}) is geen grondslag meer om te bellen voor '{purpose}'.",
      en: "Since 1 July 2026 telemarketing to customers needs consent: the customer relationship (since {date}) is no longer a basis for calls about '{purpose}'.",
    },
  },
  existing_customer: {
    id: "existing_customer",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 3; Gedragscode Telemarketing",
    title: { nl: "Bestaande klant", en: "Existing customer" },
    explanation: {
      nl: "Bestaande klant sinds {date}: als goed doel, goededoelenloterij of uitgever van kranten en tijdschriften mag u klanten ook na 1 juli 2026 zonder opt-in bellen, mits het recht van bezwaar wordt aangeboden.",
      en: "Existing customer since {date}: as a charity, charity lottery or publisher of newspapers and magazines you may still call customers without opt-in after 1 July 2026, provided the right to object is offered.",
    },
  },
  former_customer: {
    id: "former_customer",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 3; Gedragscode Telemarketing",
    title: { nl: "Oud-klant", en: "Former customer" },
    explanation: {
      nl: "Oud-klant, relatie beëindigd op {date}: als goed doel, goededoelenloterij of uitgever van kranten en tijdschriften mag u ook na 1 juli 2026 bellen tot {until}, mits het recht van bezwaar wordt aangeboden.",
      en: "Former customer, relationship ended on {date}: as a charity, charity lottery or publisher of newspapers and magazines you may still call until {until} after 1 July 2026, provided the right to object is offered.",
    },
  },
} as const satisfies Record<string, RuleDefinition>;
