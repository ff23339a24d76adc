import type { RuleDefinition } from "./rule-definition";

/** Dutch/EU rules that hold whatever the channel: rules 1-4 and 8 of docs/law/outreach-rules.md, plus the checks
 *  every send needs (a purpose defined for the channel, a contact point to send to). */
export const NL_GENERAL_RULES = {
  erased: {
    id: "erased",
    outcome: "deny",
    citation: "AVG art. 17",
    title: { nl: "Gewist", en: "Erased" },
    explanation: {
      nl: "Dit contact is gewist op verzoek van de betrokkene en mag niet meer worden benaderd.",
      en: "This contact was erased at the data subject's request and may no longer be contacted.",
    },
  },
  suppressed: {
    id: "suppressed",
    outcome: "deny",
    citation: "AVG art. 17",
    title: { nl: "Op de onderdrukkingslijst", en: "On the suppression list" },
    explanation: {
      nl: "Het adres of nummer staat op de onderdrukkingslijst en er is sindsdien geen nieuwe grondslag vastgelegd.",
      en: "The address or number is on the suppression list and no fresh basis has been recorded since.",
    },
  },
  restricted: {
    id: "restricted",
    outcome: "deny",
    citation: "AVG art. 18 lid 1",
    title: { nl: "Verwerking beperkt", en: "Processing restricted" },
    explanation: {
      nl: "De verwerking is beperkt sinds {date}: de gegevens worden bewaard maar voor niets gebruikt.",
      en: "Processing has been restricted since {date}: the data is kept but not used for anything.",
    },
  },
  objection_direct_marketing: {
    id: "objection_direct_marketing",
    outcome: "deny",
    citation: "AVG art. 21 lid 2-3",
    title: { nl: "Bezwaar tegen direct marketing", en: "Objection to direct marketing" },
    explanation: {
      nl: "Bezwaar tegen direct marketing ontvangen op {date}; dit geldt voor alle kanalen en alle marketingdoelen.",
      en: "Objection to direct marketing received on {date}; it covers all channels and all marketing purposes.",
    },
  },
  withdrawn: {
    id: "withdrawn",
    outcome: "deny",
    citation: "AVG art. 7 lid 3",
    title: { nl: "Toestemming ingetrokken", en: "Consent withdrawn" },
    explanation: {
      nl: "Toestemming voor '{purpose}' via {channel} is ingetrokken op {date}.",
      en: "Consent for '{purpose}' by {channel} was withdrawn on {date}.",
    },
  },
  channel_opt_out: {
    id: "channel_opt_out",
    outcome: "deny",
    citation: "AVG art. 7 lid 3",
    title: { nl: "Afgemeld voor kanaal", en: "Unsubscribed from channel" },
    explanation: {
      nl: "Afgemeld voor alle berichten via {channel} op {date}.",
      en: "Unsubscribed from all messages by {channel} on {date}.",
    },
  },
  channel_paused: {
    id: "channel_paused",
    outcome: "deny",
    citation: "AVG art. 21 lid 2-3",
    title: { nl: "Pauze gevraagd", en: "Pause requested" },
    explanation: {
      nl: "De persoon heeft op {date} gevraagd om geen berichten via {channel} tot {until}.",
      en: "The person asked on {date} for no messages by {channel} until {until}.",
    },
  },
  channel_not_in_purpose: {
    id: "channel_not_in_purpose",
    outcome: "deny",
    citation: "AVG art. 5 lid 1 sub b",
    title: { nl: "Kanaal hoort niet bij het doel", en: "Channel not part of the purpose" },
    explanation: {
      nl: "Het doel '{purpose}' is niet vastgelegd voor het kanaal {channel}.",
      en: "The purpose '{purpose}' is not defined for the {channel} channel.",
    },
  },
  objection_profiling: {
    id: "objection_profiling",
    outcome: "deny",
    citation: "AVG art. 21 lid 1-2",
    title: { nl: "Bezwaar tegen profilering", en: "Objection to profiling" },
    explanation: {
      nl: "Bezwaar tegen profilering ontvangen op {date}; dit contact valt buiten doelgroepen die op profielen zijn gebouwd.",
      en: "Objection to profiling received on {date}; this contact is left out of audiences built on profiles.",
    },
  },
  purpose_limitation: {
    id: "purpose_limitation",
    outcome: "deny",
    citation: "AVG art. 5 lid 1 sub b",
    title: { nl: "Doelbinding", en: "Purpose limitation" },
    explanation: {
      nl: "De gegevens komen uit een openbare bron, gepubliceerd voor '{published}', en er is geen grondslag voor '{purpose}'.",
      en: "The data comes from a public source published for '{published}', and there is no basis for '{purpose}'.",
    },
  },
  no_contact_point: {
    id: "no_contact_point",
    outcome: "deny",
    // Sending to an address we do not hold for this person, or an SMS to a landline, would use
    // data that is not accurate for this purpose (art. 5(1)(d)); there is nothing lawful to send to.
    citation: "AVG art. 5 lid 1 sub d",
    title: { nl: "Geen contactpunt", en: "No contact point" },
    explanation: {
      nl: "Dit contact heeft geen bruikbaar contactpunt voor {channel}.",
      en: "This contact has no usable contact point for {channel}.",
    },
  },
  address_undeliverable: {
    id: "address_undeliverable",
    outcome: "deny",
    // A mail server answered that this address does not accept mail (a 5xx, a hard bounce).
    // Sending to it again would use data we know to be inaccurate (art. 5(1)(d)).
    citation: "AVG art. 5 lid 1 sub d",
    title: { nl: "Adres onbestelbaar", en: "Address undeliverable" },
    explanation: {
      nl: "De mailserver weigerde mail aan dit adres blijvend (harde bounce); er gaat geen {channel} meer naartoe tot het adres is hersteld.",
      en: "The mail server permanently refused mail to this address (a hard bounce); no more {channel} goes to it until the address is corrected.",
    },
  },
  non_commercial: {
    id: "non_commercial",
    outcome: "allow",
    citation: "AVG art. 6 lid 1 sub b/f",
    title: { nl: "Niet-commercieel bericht", en: "Non-commercial message" },
    explanation: {
      nl: "Niet-commercieel bericht voor '{purpose}' via {channel}: het rust op overeenkomst of gerechtvaardigd belang, toestemming is niet nodig.",
      en: "Non-commercial message for '{purpose}' by {channel}: it rests on contract or legitimate interest, no consent is needed.",
    },
  },
} as const satisfies Record<string, RuleDefinition>;
