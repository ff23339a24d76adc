/**
 * The first draft of the mail to affected people (AVG art. 34 lid 2): in clear and plain language,
 * the nature of the breach, a contact point, the likely consequences and the measures taken
 * (art. 33 lid 3 sub b, c, d). Dutch and English together: we do not know which the person reads.
 * The privacy officer edits it before sending.
 */
export function draftSubjectNotice(input: {
  organisationName: string;
  controllerEmail: string;
  description: string;
  consequences: string;
  measures: string;
}): { subject: string; text: string } {
  const org = input.organisationName || "—";
  const contact = input.controllerEmail || "—";
  const or = (s: string) => s.trim() || "—";
  return {
    subject: `${org}: datalek met uw gegevens / data breach involving your data`,
    text: [
      `Beste heer/mevrouw,`,
      ``,
      `Bij ${org} heeft een datalek plaatsgevonden waarbij uw persoonsgegevens betrokken zijn.`,
      `Wat er is gebeurd: ${or(input.description)}`,
      `Mogelijke gevolgen: ${or(input.consequences)}`,
      `Wat wij hebben gedaan: ${or(input.measures)}`,
      `Vragen? Neem contact op via ${contact}.`,
      ``,
      `--`,
      ``,
      `Dear Sir or Madam,`,
      ``,
      `${org} has had a data breach that involves your personal data.`,
      `What happened: ${or(input.description)}`,
      `Likely consequences: ${or(input.consequences)}`,
      `What we did: ${or(input.measures)}`,
      `Questions? Contact us at ${contact}.`,
    ].join("\n"),
  };
}
