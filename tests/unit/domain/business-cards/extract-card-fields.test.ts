import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseEmail, normalisePhone } from "@/domain/contact-points";
import { extractCardFields, splitName, WEAK_PROPOSAL, type OcrLine } from "@/domain/business-cards";

/** A card as the OCR engine returns it: one line per printed line, each read with `confidence`. */
const card = (text: string, confidence = 92): OcrLine[] =>
  text
    .trim()
    .split("\n")
    .map((line) => ({ text: line.trim(), confidence }));

const values = (text: string, confidence?: number) => {
  const p = extractCardFields(card(text, confidence));
  return {
    name: p.name && { first: p.name.firstName, last: p.name.lastName },
    company: p.company && { name: p.company.value, form: p.company.legalForm },
    jobTitle: p.jobTitle?.value ?? null,
    email: p.email?.value ?? null,
    phone: p.phone?.value ?? null,
  };
};

describe("extractCardFields: Dutch cards", () => {
  it("reads a plain Dutch card, preferring the mobile number", () => {
    expect(
      values(`
        Jansen Installatietechniek B.V.
        Marieke de Vries
        Commercieel manager
        T +31 20 794 5600
        M 06-12345678
        marieke.devries@jansen-installatie.nl
        www.jansen-installatie.nl
        Keizersgracht 123, 1015 CJ Amsterdam`),
    ).toEqual({
      name: { first: "Marieke", last: "de Vries" },
      company: { name: "Jansen Installatietechniek", form: "bv" },
      jobTitle: "Commercieel manager",
      email: "marieke.devries@jansen-installatie.nl",
      phone: "+31612345678",
    });
  });

  it("handles titles and degrees around the name, and particles in the surname", () => {
    expect(
      values(`
        ir. Jan-Willem van der Berg MSc
        Projectleider Infra
        Van der Berg & Zonen v.o.f.
        Tel. 030 - 123 45 67
        jw.vanderberg@vdbergzonen.nl`),
    ).toMatchObject({
      name: { first: "Jan-Willem", last: "van der Berg" },
      company: { name: "Van der Berg & Zonen", form: "vof" },
      jobTitle: "Projectleider Infra",
      phone: "+31301234567",
    });
  });

  it("reads +31 (0)20 and 0031 numbers, and never proposes a fax number", () => {
    expect(values(`Fax +31 (0)20 111 2233\nTel +31 (0)20 794 5600`).phone).toBe("+31207945600");
    expect(values(`F: 010-4123456\nT: 0031 (0)10 412 3456`).phone).toBe("+31104123456");
    expect(values(`Fax 020 794 5600`).phone).toBeNull();
  });

  it("takes the first number when none is mobile, and marks a mobile one as such", () => {
    const fixed = extractCardFields(card("T 020 123 4567\nT 010 412 3456"));
    expect(fixed.phone).toMatchObject({ value: "+31201234567", kind: null });
    const mobile = extractCardFields(card("Mobiel: +31 6 23456789"));
    expect(mobile.phone).toMatchObject({ value: "+31623456789", kind: "mobile" });
  });

  it("repairs the letter O read for a zero inside a number", () => {
    expect(values("M O6-12345678").phone).toBe("+31612345678");
    expect(values("T 020 1O2 3456").phone).toBe("+31201023456");
  });

  it("keeps Stichting in the name and knows foundations and associations", () => {
    expect(values("Stichting Groen Noord\nAnna Bakker\nVoorzitter\nanna@groennoord.nl")).toMatchObject({
      company: { name: "Stichting Groen Noord", form: "stichting" },
      name: { first: "Anna", last: "Bakker" },
      jobTitle: "Voorzitter",
    });
    expect(values("Vereniging Eigen Huis").company).toEqual({ name: "Vereniging Eigen Huis", form: "vereniging" });
  });

  it("finds the company through the e-mail domain when no legal form is printed", () => {
    expect(
      values(`
        Bakkerij Kuipers
        Femke Kuipers
        Eigenaar
        femke@bakkerijkuipers.nl`),
    ).toMatchObject({
      company: { name: "Bakkerij Kuipers", form: null },
      name: { first: "Femke", last: "Kuipers" },
      jobTitle: "Eigenaar",
    });
  });

  it("ignores the street, postcode, KvK and IBAN lines", () => {
    const p = values(`
      De Hoek 12
      3512 AB Utrecht
      KvK 12345678
      IBAN NL91 ABNA 0417 1643 00
      Sanne Visser
      Accountmanager
      s.visser@hoek.nl`);
    expect(p.name).toEqual({ first: "Sanne", last: "Visser" });
    expect(p.jobTitle).toBe("Accountmanager");
    expect(p.phone).toBeNull();
  });
});

describe("extractCardFields: English and other cards", () => {
  it("reads an English card with a UK number", () => {
    expect(
      values(`
        ACME Widgets Ltd
        John Smith
        Head of Sales
        Tel: +44 20 7946 0958
        john.smith@acmewidgets.co.uk`),
    ).toEqual({
      name: { first: "John", last: "Smith" },
      company: { name: "ACME Widgets Ltd", form: "other" },
      jobTitle: "Head of Sales",
      email: "john.smith@acmewidgets.co.uk",
      phone: "+442079460958",
    });
  });

  it("reads a German GmbH card with a German number", () => {
    expect(
      values(`
        Müller Maschinenbau GmbH
        Dr. Katrin Müller
        Geschäftsführerin / Managing Director
        +49 30 12345678
        k.mueller@mueller-maschinenbau.de`),
    ).toMatchObject({
      company: { name: "Müller Maschinenbau GmbH", form: "other" },
      name: { first: "Katrin", last: "Müller" },
      jobTitle: "Geschäftsführerin / Managing Director",
      phone: "+493012345678",
    });
  });

  it("knows N.V. and English titles in one word", () => {
    expect(values("Koninklijke Voorbeeld N.V.\nPieter Smit\nCFO\np.smit@voorbeeld.nl")).toMatchObject({
      company: { name: "Koninklijke Voorbeeld", form: "nv" },
      jobTitle: "CFO",
      name: { first: "Pieter", last: "Smit" },
    });
  });
});

describe("extractCardFields: OCR misreads in e-mail addresses", () => {
  it.each([
    ["j.bakker©vandijk-bouw.nl", "j.bakker@vandijk-bouw.nl"],
    ["E-mail: s.dejong @ groen-advies.nl", "s.dejong@groen-advies.nl"],
    ["e: info@kuipers . nl", "info@kuipers.nl"],
    ["mail pieter(at)smit.com", "pieter@smit.com"],
    ["pieter@smit.c0m", "pieter@smit.com"],
    ["pieter@smit.corn", "pieter@smit.com"],
    ["anna@groen.n1", "anna@groen.nl"],
    ["anna@groen,nl", "anna@groen.nl"],
  ])("%s -> %s, with a lower confidence than a clean read", (text, email) => {
    const p = extractCardFields(card(text, 90));
    expect(p.email?.value).toBe(email);
    expect(p.email!.confidence).toBeLessThan(0.9);
  });

  it("leaves digits in the local part and domain alone", () => {
    expect(values("bureau10@studio0.nl").email).toBe("bureau10@studio0.nl");
    expect(values("info0@kuipers.nl").email).toBe("info0@kuipers.nl");
  });

  it("proposes nothing for what is no address", () => {
    expect(values("@kuipers op Instagram").email).toBeNull();
    expect(values("jan@@kuipers.nl").email).toBeNull();
  });
});

describe("extractCardFields: confidence", () => {
  it("passes the OCR engine's doubt on, so the UI can mark weak guesses", () => {
    const sure = extractCardFields(card("Marieke de Vries\nmarieke@vries.nl", 95));
    const unsure = extractCardFields(card("Marieke de Vries\nmarieke@vries.nl", 40));
    expect(sure.name!.confidence).toBeGreaterThanOrEqual(WEAK_PROPOSAL);
    expect(unsure.name!.confidence).toBeLessThan(WEAK_PROPOSAL);
    expect(unsure.email!.confidence).toBeLessThan(sure.email!.confidence);
  });

  it("is surer of a name the e-mail address confirms", () => {
    const p = extractCardFields(card("Tom Jansen\nSales\nPiet Klaassen\npiet.klaassen@werk.nl", 90));
    expect(p.name?.value).toBe("Piet Klaassen");
  });

  it("proposes nothing from an empty or unreadable card", () => {
    expect(extractCardFields([])).toEqual({ name: null, company: null, jobTitle: null, email: null, phone: null });
    expect(extractCardFields(card("———— ———\n~~ ..", 0))).toEqual({
      name: null,
      company: null,
      jobTitle: null,
      email: null,
      phone: null,
    });
  });
});

describe("splitName", () => {
  it.each([
    [["Marieke", "de", "Vries"], "Marieke", "de Vries"],
    [["Jan", "Peter", "Jansen"], "Jan Peter", "Jansen"],
    [["J.P.", "van", "Dam"], "J.P.", "van Dam"],
    [["Anna", "Bakker"], "Anna", "Bakker"],
    [["Els", "van", "'t", "Hof"], "Els", "van 't Hof"],
  ])("%j -> %s / %s", (tokens, firstName, lastName) => {
    expect(splitName(tokens)).toEqual({ firstName, lastName });
  });
});

describe("extractCardFields: properties", () => {
  const line = fc.record({
    text: fc.string({ maxLength: 80 }),
    confidence: fc.double({ min: -10, max: 120, noNaN: true }),
  });

  it("never throws, and every confidence lies between 0 and 1", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const p = extractCardFields(lines);
        for (const field of Object.values(p))
          if (field) expect(field.confidence >= 0 && field.confidence <= 1, JSON.stringify(field)).toBe(true);
      }),
    );
  });

  it("proposes only addresses and numbers the contact form's normalisers accept as they are", () => {
    const noisy = fc.array(
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom("T 020 123 4567", "M 06-1234567", "anna©groen.n1", "x @ y . nl", "+31 (0)6 2345 6789"),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(noisy, (texts) => {
        const p = extractCardFields(texts.map((text) => ({ text, confidence: 80 })));
        if (p.email) expect(normaliseEmail(p.email.value)).toBe(p.email.value);
        if (p.phone) expect(normalisePhone(p.phone.value)?.e164).toBe(p.phone.value);
      }),
    );
  });

  it("finds the e-mail address and phone number wherever they are printed on the card", () => {
    const first = fc.constantFrom("Marieke", "Jan", "Femke", "Pieter", "Sanne", "Daan");
    const last = fc.constantFrom("de Vries", "Jansen", "van der Berg", "Bakker", "Smit");
    const mobile = fc.integer({ min: 10_000_000, max: 59_999_999 }); // 06-1 to 06-5: mobile ranges in use;
    fc.assert(
      fc.property(first, last, mobile, fc.integer({ min: 0, max: 4 }), (f, l, n, at) => {
        const email = `${f.toLowerCase()}@bedrijf.nl`;
        const other = ["Voorbeeld B.V.", `${f} ${l}`, "Adviseur", "www.bedrijf.nl"];
        const lines = [...other];
        lines.splice(at, 0, `M 06-${n}`, `E ${email}`);
        const p = extractCardFields(lines.map((text) => ({ text, confidence: 90 })));
        expect(p.email?.value).toBe(email);
        expect(p.phone?.value).toBe(`+316${n}`);
        expect(p.name && `${p.name.firstName} ${p.name.lastName}`).toBe(`${f} ${l}`);
      }),
    );
  });
});
