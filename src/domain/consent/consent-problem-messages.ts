import type { Bilingual } from "@/domain/bilingual";
import type { ConsentProblemCode, CorrectionProblemCode } from "./types";

interface MessageEntry {
  message: (params: Record<string, string>) => Bilingual;
  citation: string;
}

const fixed = (nl: string, en: string) => () => ({ nl, en });

/**
 * Plain-language messages and the rule each problem rests on. Kept apart from the checks so
 * that the wording can be reviewed by the privacy officer without reading code.
 */
export const CONSENT_PROBLEM_MESSAGES: Record<ConsentProblemCode, MessageEntry> = {
  purpose_missing: {
    message: fixed("Kies het doel waarvoor toestemming is gegeven.", "Choose the purpose the consent was given for."),
    citation: "AVG art. 6 lid 1 sub a (voor een of meer specifieke doeleinden)",
  },
  channels_missing: {
    message: fixed(
      "Kies minstens één kanaal (e-mail, sms, telefoon of post) waarvoor toestemming is gegeven.",
      "Choose at least one channel (e-mail, SMS, phone or post) the consent covers.",
    ),
    citation: "AVG art. 4 punt 11 (specifiek); Tw art. 11.7 lid 1",
  },
  channel_not_offered: {
    message: (p) => ({
      nl: `Dit doel wordt niet via "${p.channel}" aangeboden; de persoon kan daar dus geen toestemming voor hebben gegeven.`,
      en: `This purpose is not offered over "${p.channel}", so the person cannot have consented to it.`,
    }),
    citation: "AVG art. 4 punt 11 (specifiek, geïnformeerd); overweging 42",
  },
  captured_at_invalid: {
    message: fixed(
      "Het tijdstip van de toestemming is geen geldige datum.",
      "The time of consent is not a valid date.",
    ),
    citation: "AVG art. 7 lid 1 (aantonen wanneer)",
  },
  captured_in_future: {
    message: fixed(
      "Het tijdstip van de toestemming ligt in de toekomst. Leg toestemming pas vast nadat die is gegeven.",
      "The time of consent is in the future. Record consent only after it was given.",
    ),
    citation: "AVG art. 7 lid 1 (aantonen wanneer); art. 5 lid 1 sub d (juistheid)",
  },
  pre_ticked: {
    message: fixed(
      "Een vooraf aangevinkt vakje is geen toestemming: de persoon moet het zelf aanvinken.",
      "A pre-ticked box is not consent: the person must tick it themselves.",
    ),
    citation: "AVG art. 4 punt 11, art. 7 lid 2; overweging 32; HvJ EU C-673/17 (Planet49)",
  },
  no_affirmative_act: {
    message: fixed(
      "Er is geen actieve handeling vastgelegd. Zwijgen, niets doen of verder klikken is geen toestemming.",
      "No affirmative act was recorded. Silence, inactivity or carrying on is not consent.",
    ),
    citation: "AVG art. 4 punt 11 (ondubbelzinnige, actieve handeling); overweging 32",
  },
  offline_location_missing: {
    message: fixed(
      "Vermeld waar de toestemming is gegeven (bijvoorbeeld de beurs en stand, of 'telefonisch').",
      "State where consent was given (for example the fair and booth, or 'by telephone').",
    ),
    citation: "AVG art. 7 lid 1; art. 5 lid 2 (verantwoordingsplicht)",
  },
  offline_statement_missing: {
    message: fixed(
      "Noteer zo letterlijk mogelijk wat er is gezegd of geschreven.",
      "Write down, as literally as possible, what was said or written.",
    ),
    citation: "AVG art. 7 lid 1; art. 5 lid 2 (verantwoordingsplicht)",
  },
  web_ip_missing: {
    message: fixed(
      "Het IP-adres waarvandaan het formulier is verstuurd ontbreekt.",
      "The IP address the form was submitted from is missing.",
    ),
    citation: "AVG art. 7 lid 1",
  },
  web_user_agent_missing: {
    message: fixed(
      "De user agent (browser) waarmee het formulier is verstuurd ontbreekt.",
      "The user agent (browser) the form was submitted with is missing.",
    ),
    citation: "AVG art. 7 lid 1",
  },
  grantor_name_missing: {
    message: fixed("Vermeld wie namens de persoon toestemming gaf.", "State who gave consent on the person's behalf."),
    citation: "AVG art. 7 lid 1 (aantonen door wie)",
  },
  grantor_role_missing: {
    message: fixed(
      "Vermeld de functie van degene die namens de persoon toestemming gaf.",
      "State the role of whoever consented on the person's behalf.",
    ),
    citation: "AVG art. 4 punt 11 (wilsuiting van de betrokkene); art. 7 lid 1",
  },
  grantor_authority_missing: {
    message: fixed(
      "Vermeld op grond waarvan deze persoon namens de ander toestemming mocht geven.",
      "State on what authority this person could consent on the other's behalf.",
    ),
    citation: "AVG art. 4 punt 11 (wilsuiting van de betrokkene); art. 7 lid 1",
  },
  notice_version_missing: {
    message: fixed(
      "Vermeld welke versie van de informatietekst is getoond.",
      "State which version of the notice text was shown.",
    ),
    citation: "AVG art. 4 punt 11 (geïnformeerd), art. 7 lid 1, art. 13; overweging 42",
  },
  notice_version_unknown: {
    message: (p) => ({
      nl: `Versie ${p.version} van de informatietekst bestaat niet voor dit doel; de persoon kan die niet hebben gezien.`,
      en: `Version ${p.version} of the notice does not exist for this purpose; the person cannot have seen it.`,
    }),
    citation: "AVG art. 4 punt 11 (geïnformeerd), art. 7 lid 1, art. 13; overweging 42",
  },
  captured_before_first_notice: {
    message: fixed(
      "Op het moment van deze toestemming bestond er voor dit doel nog geen informatietekst. Vermeld welke tekst de persoon te zien kreeg (de versie) of leg de informatietekst eerst vast.",
      "When this consent was given, this purpose had no notice text yet. State which version the person was shown, or publish the notice first.",
    ),
    citation: "AVG art. 4 punt 11 (geïnformeerd), art. 7 lid 1, art. 13; overweging 42",
  },
  purchased_list_consent: {
    message: fixed(
      "Toestemming die met een gekochte of gehuurde lijst is meegeleverd geldt niet voor ons: de persoon kende onze organisatie niet. Vraag zelf toestemming.",
      "Consent that came with a purchased or rented list is not valid for us: the person did not know our organisation. Ask for consent yourself.",
    ),
    citation: "AVG art. 4 punt 11 (specifiek, geïnformeerd); overweging 42; Tw art. 11.7 lid 1",
  },
};

export const CORRECTION_PROBLEM_MESSAGES: Record<CorrectionProblemCode, MessageEntry> = {
  correction_target_missing: {
    message: fixed("Kies het toestemmingsrecord dat u corrigeert.", "Choose the consent record you are correcting."),
    citation: "AVG art. 5 lid 2 (verantwoordingsplicht)",
  },
  correction_reason_missing: {
    message: fixed("Geef een reden voor de correctie.", "Give a reason for the correction."),
    citation: "AVG art. 5 lid 2 (verantwoordingsplicht)",
  },
  correction_reason_too_short: {
    message: fixed(
      "De reden is te kort; beschrijf wat er fout was (minstens 5 tekens).",
      "The reason is too short; describe what was wrong (at least 5 characters).",
    ),
    citation: "AVG art. 5 lid 2 (verantwoordingsplicht)",
  },
};
