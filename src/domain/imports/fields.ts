/**
 * The fields an import can fill, under the names the REST API uses for its CSV columns, and the
 * headers (Dutch and English, as old CRMs, spreadsheets and phones export them) that map to each.
 * Pure: the upload screen proposes a mapping from these, the user may change it.
 */
export const IMPORT_FIELDS = [
  "firstName",
  "lastName",
  "fullName",
  "email",
  "phone",
  "mobile",
  "company",
  "legalForm",
  "jobTitle",
  "kvkNumber",
  "street",
  "postalCode",
  "city",
  "country",
  "notes",
  "sourceType",
  "sourceDetail",
  "collectedAt",
  "publishedForPurpose",
  "consentPurpose",
  "consentMethod",
  "consentCapturedAt",
  "consentLocation",
  "consentStatement",
  "consentNoticeVersion",
  "basisPurpose",
  "basis",
  "balancingNote",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields that carry consent: ignored for purchased lists (Tw art. 11.7, AVG art. 4 punt 11). */
export const CONSENT_FIELDS: readonly ImportField[] = [
  "consentPurpose",
  "consentMethod",
  "consentCapturedAt",
  "consentLocation",
  "consentStatement",
  "consentNoticeVersion",
];

const SYNONYMS: Record<ImportField, readonly string[]> = {
  firstName: ["voornaam", "roepnaam", "first name", "firstname", "given name", "forename", "first"],
  lastName: ["achternaam", "familienaam", "last name", "lastname", "surname", "family name", "last"],
  fullName: ["naam", "volledige naam", "name", "full name", "fullname", "display name", "contactpersoon", "contact"],
  email: ["e-mail", "email", "e-mailadres", "emailadres", "email address", "e-mail address", "mail", "mailadres"],
  phone: ["telefoon", "telefoonnummer", "tel", "phone", "phone number", "telephone", "work phone", "telefoon werk"],
  mobile: ["mobiel", "mobiel nummer", "06", "gsm", "mobile", "mobile phone", "cell", "cell phone"],
  company: [
    "bedrijf",
    "bedrijfsnaam",
    "organisatie",
    "onderneming",
    "company",
    "company name",
    "organisation",
    "organization",
    "account",
    "account name",
  ],
  legalForm: ["rechtsvorm", "legal form", "legalform", "entity type"],
  jobTitle: ["functie", "functietitel", "job title", "jobtitle", "title", "position", "role"],
  kvkNumber: [
    "kvk",
    "kvk nummer",
    "kvk-nummer",
    "kvknummer",
    "kamer van koophandel",
    "coc",
    "coc number",
    "chamber of commerce",
    "kvknumber",
  ],
  street: ["straat", "adres", "straat en huisnummer", "street", "address", "street address", "address line 1"],
  postalCode: ["postcode", "postal code", "postalcode", "zip", "zip code", "zipcode"],
  city: ["plaats", "woonplaats", "stad", "vestigingsplaats", "city", "town"],
  country: ["land", "landcode", "country", "country code"],
  notes: ["notities", "opmerkingen", "notitie", "opmerking", "notes", "note", "comments", "remarks"],
  sourceType: ["bron", "brontype", "source", "source type", "sourcetype", "lead source"],
  sourceDetail: ["bron detail", "brondetail", "herkomst", "source detail", "sourcedetail", "origin"],
  collectedAt: [
    "verzameld op",
    "datum verzameld",
    "toegevoegd op",
    "aangemaakt op",
    "collected at",
    "collectedat",
    "created",
    "created at",
    "date added",
  ],
  // The purpose key the data was published for (a public source may be used for that only).
  publishedForPurpose: [
    "gepubliceerd voor",
    "publicatiedoel",
    "gepubliceerd voor doel",
    "published for",
    "published for purpose",
    "publishedforpurpose",
  ],
  consentPurpose: ["toestemming doel", "doel", "consent purpose", "consentpurpose", "purpose"],
  consentMethod: ["toestemming methode", "methode", "consent method", "consentmethod"],
  consentCapturedAt: [
    "toestemming datum",
    "toestemming gegeven op",
    "consent date",
    "consent captured at",
    "consentcapturedat",
    "consent given at",
    "opt-in date",
    "opt in date",
  ],
  consentLocation: ["toestemming plaats", "toestemming locatie", "consent location", "consentlocation", "where"],
  consentStatement: [
    "toestemming tekst",
    "toestemming woorden",
    "consent statement",
    "consentstatement",
    "consent words",
    "consent text",
  ],
  consentNoticeVersion: [
    "privacytekst versie",
    "versie privacytekst",
    "consent notice version",
    "consentnoticeversion",
    "notice version",
  ],
  basisPurpose: ["grondslag doel", "basis purpose", "basispurpose", "legal basis purpose"],
  basis: ["grondslag", "rechtsgrond", "legal basis", "basis", "legalbasis"],
  balancingNote: ["belangenafweging", "afweging", "balancing note", "balancingnote", "balancing test"],
};

/** Lower-case, accents folded, punctuation and spacing removed: "E-mail adres" = "emailadres". */
export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const BY_KEY = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  BY_KEY.set(headerKey(field), field);
  for (const s of SYNONYMS[field]) if (!BY_KEY.has(headerKey(s))) BY_KEY.set(headerKey(s), field);
}

/** The field one header names, or null when it names none we know. */
export function matchHeader(header: string): ImportField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/**
 * A proposed mapping for a file's header row: column index -> field, or null to ignore the
 * column. Each field is taken by the first column that names it, so a second "e-mail" column is
 * left for the user to decide rather than silently overwriting the first.
 */
export function proposeMapping(headers: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const field = matchHeader(h);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
