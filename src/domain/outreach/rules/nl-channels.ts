import type { RuleDefinition } from "./rule-definition";

/** Dutch/EU rules per channel: rules 5 (e-mail, SMS), 6 (telephone) and 7 (post) of docs/law/outreach-rules.md. */
export const NL_CHANNEL_RULES = {
  consent: {
    id: "consent",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 1; AVG art. 6 lid 1 sub a",
    title: { nl: "Toestemming", en: "Consent" },
    explanation: {
      nl: "Toestemming voor '{purpose}' via {channel} gegeven op {date}.",
      en: "Consent for '{purpose}' by {channel} given on {date}.",
    },
  },
  customer_exception: {
    id: "customer_exception",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 3",
    title: { nl: "Klantuitzondering", en: "Customer exception" },
    explanation: {
      nl: "Klantuitzondering: klant sinds {date}, bericht over eigen gelijksoortige producten, afmelden aangeboden bij het verkrijgen van het adres.",
      en: "Customer exception: customer since {date}, message about own similar products, opt-out offered when the address was collected.",
    },
  },
  designated_address: {
    id: "designated_address",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 1",
    title: { nl: "Aangewezen adres", en: "Designated address" },
    explanation: {
      nl: "De rechtspersoon heeft dit adres bekendgemaakt voor commerciële berichten ({where}, vastgesteld op {date}).",
      en: "The legal entity published this address for commercial messages ({where}, seen on {date}).",
    },
  },
  no_consent: {
    id: "no_consent",
    outcome: "deny",
    citation: "Tw art. 11.7 lid 1",
    title: { nl: "Geen toestemming", en: "No consent" },
    explanation: {
      nl: "Geen geldige toestemming voor '{purpose}' via {channel} en geen uitzondering die hier geldt.",
      en: "No valid consent for '{purpose}' by {channel} and no exception that applies here.",
    },
  },
  consent_expired: {
    id: "consent_expired",
    outcome: "deny",
    citation: "Tw art. 11.7 lid 1; AVG art. 7 lid 1",
    title: { nl: "Toestemming verlopen", en: "Consent expired" },
    explanation: {
      nl: "Toestemming voor '{purpose}' via {channel} van {date} is verlopen op {until}: ze geldt {period} ({source}).",
      en: "Consent for '{purpose}' by {channel} given on {date} expired on {until}: it holds for {period} ({source}).",
    },
  },
  phone_consent_unused: {
    id: "phone_consent_unused",
    outcome: "deny",
    citation: "Gedragscode Telemarketing (herzien oktober 2024); Tw art. 11.7 lid 1",
    title: { nl: "Toestemming om te bellen niet op tijd gebruikt", en: "Consent to calls not used in time" },
    explanation: {
      nl: "Toestemming om gebeld te worden voor '{purpose}' van {date} is vervallen op {until}: er is niet binnen {period} voor het eerst met de persoon gebeld ({source}).",
      en: "Consent to be called about '{purpose}' given on {date} lapsed on {until}: no first call reached the person within {period} ({source}).",
    },
  },
  phone_consent_bundled: {
    id: "phone_consent_bundled",
    outcome: "deny",
    citation: "Tw art. 11.7 lid 1; AVG art. 7 lid 2",
    title: { nl: "Toestemming voor bellen niet apart gegeven", en: "Consent to calls not given separately" },
    explanation: {
      nl: "De toestemming van {date} voor '{purpose}' noemde telefoon samen met andere kanalen in één vinkje; toestemming om gebeld te worden moet apart worden gegeven en telt dus niet voor bellen.",
      en: "The consent of {date} for '{purpose}' listed phone together with other channels in one tick; consent to be called must be given separately, so it does not count for calls.",
    },
  },
  consent_unconfirmed: {
    id: "consent_unconfirmed",
    outcome: "deny",
    citation: "AVG art. 7 lid 1; Tw art. 11.7 lid 1",
    title: { nl: "Toestemming nog niet bevestigd", en: "Consent not yet confirmed" },
    explanation: {
      nl: "Telefonische toestemming voor '{purpose}' via {channel} van {date} is nog niet schriftelijk bevestigd; de organisatie gebruikt die pas na bevestiging.",
      en: "Consent for '{purpose}' by {channel} given by phone on {date} is not yet confirmed in writing; the organisation uses it only once confirmed.",
    },
  },
  purchased_list: {
    id: "purchased_list",
    outcome: "deny",
    citation: "AVG art. 4 lid 11; AVG art. 7 lid 1; Tw art. 11.7 lid 1",
    title: { nl: "Gekochte lijst", en: "Purchased list" },
    explanation: {
      nl: "De enige toestemming voor '{purpose}' via {channel} kwam mee met een gekochte lijst en is niet aan ons gegeven.",
      en: "The only consent for '{purpose}' by {channel} came with a purchased list and was not given to us.",
    },
  },
  existing_customer: {
    id: "existing_customer",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 3; Gedragscode Telemarketing",
    title: { nl: "Bestaande klant", en: "Existing customer" },
    explanation: {
      nl: "Bestaande klant sinds {date}: bellen zonder opt-in mag, mits het recht van bezwaar wordt aangeboden.",
      en: "Existing customer since {date}: calling without opt-in is allowed, provided the right to object is offered.",
    },
  },
  former_customer: {
    id: "former_customer",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 3; Gedragscode Telemarketing",
    title: { nl: "Oud-klant", en: "Former customer" },
    explanation: {
      nl: "Oud-klant, relatie beëindigd op {date}: bellen mag tot {until}, mits het recht van bezwaar wordt aangeboden.",
      en: "Former customer, relationship ended on {date}: calls are allowed until {until}, provided the right to object is offered.",
    },
  },
  switchboard_role: {
    id: "switchboard_role",
    outcome: "allow",
    citation: "Tw art. 11.7 lid 1; AVG art. 6 lid 1 sub f",
    title: { nl: "Algemeen nummer, vraag naar een functie", en: "General number, ask for a role" },
    explanation: {
      nl: "Algemeen nummer van een rechtspersoon: vraag naar een functie, niet naar een persoon bij naam.",
      en: "General number of a legal entity: ask for a role, not for a person by name.",
    },
  },
  direct_line_legitimate_interest: {
    id: "direct_line_legitimate_interest",
    outcome: "allow",
    citation: "AVG art. 6 lid 1 sub f",
    title: { nl: "Direct nummer op gerechtvaardigd belang", en: "Direct line on legitimate interest" },
    explanation: {
      nl: "Direct of mobiel nummer mag op een gerechtvaardigd belang dat de persoon redelijkerwijs kan verwachten (relatie of grondslag sinds {date}).",
      en: "Direct or mobile number allowed on a legitimate interest the person can reasonably expect (relationship or basis since {date}).",
    },
  },
  no_basis_direct_line: {
    id: "no_basis_direct_line",
    outcome: "deny",
    citation: "AVG art. 6 lid 1 sub f",
    title: { nl: "Geen grondslag voor direct nummer", en: "No basis for direct line" },
    explanation: {
      nl: "Geen toestemming en geen bestaande relatie voor het directe nummer van deze persoon; bel het algemene nummer en vraag naar een functie.",
      en: "No consent and no existing relationship for this person's direct number; call the general number and ask for a role.",
    },
  },
  postal_legitimate_interest: {
    id: "postal_legitimate_interest",
    outcome: "allow",
    citation: "AVG art. 6 lid 1 sub f; overweging 47",
    title: { nl: "Post op gerechtvaardigd belang", en: "Post on legitimate interest" },
    explanation: {
      nl: "Geadresseerde post voor '{purpose}' op gerechtvaardigd belang; de brief moet melden dat de ontvanger bezwaar kan maken.",
      en: "Addressed post for '{purpose}' on legitimate interest; the letter must say that the recipient can object.",
    },
  },
  postal_consent: {
    id: "postal_consent",
    outcome: "allow",
    citation: "AVG art. 6 lid 1 sub a",
    title: { nl: "Toestemming voor post", en: "Consent for post" },
    explanation: {
      nl: "Toestemming voor '{purpose}' via {channel} gegeven op {date}.",
      en: "Consent for '{purpose}' by {channel} given on {date}.",
    },
  },
  postal_no_basis: {
    id: "postal_no_basis",
    outcome: "deny",
    citation: "AVG art. 6 lid 1",
    title: { nl: "Geen grondslag voor post", en: "No basis for post" },
    explanation: {
      nl: "Post op gerechtvaardigd belang staat uit en er is geen geldige toestemming voor '{purpose}' via {channel}.",
      en: "Postal legitimate interest is switched off and there is no valid consent for '{purpose}' by {channel}.",
    },
  },
} as const satisfies Record<string, RuleDefinition>;
