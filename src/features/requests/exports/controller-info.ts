import type { ControllerInfo, PostalAddress } from "@/domain/exports";

const POSTCODE = /\b(\d{4}\s?[A-Za-z]{2})\b\s*(.*)$/;

/**
 * Splits the one-line controller address from the settings ("Keizersgracht 1, 1015 AA Amsterdam")
 * into the schema.org parts the consent receipt wants. Dutch postcodes are recognised; anything
 * else keeps the whole text as the street so that nothing is lost.
 */
export function parseControllerAddress(raw: string, country = "NL"): PostalAddress {
  const parts = raw
    .split(/\r?\n|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  const index = parts.findIndex((p) => POSTCODE.test(p));
  if (index === -1)
    return { streetAddress: parts.join(", "), postalCode: "", addressLocality: "", addressCountry: country };
  const match = POSTCODE.exec(parts[index])!;
  const before = parts[index].slice(0, match.index).trim();
  const street = [...parts.slice(0, index), ...(before ? [before] : [])].join(", ");
  const locality = [match[2].trim(), ...parts.slice(index + 1)].filter(Boolean).join(", ");
  const postalCode = match[1].toUpperCase().replace(/^(\d{4})\s?([A-Z]{2})$/, "$1 $2");
  return { streetAddress: street, postalCode, addressLocality: locality, addressCountry: country };
}

export function toControllerInfo(
  settings: {
    organisationName: string;
    controllerEmail: string;
    controllerAddress: string;
    controllerPhone: string;
    privacyPolicyUrl: string;
  },
  contactLabel: string,
): ControllerInfo {
  const policyUrl = settings.privacyPolicyUrl;
  let url: string | null = null;
  try {
    url = policyUrl ? new URL(policyUrl).origin : null;
  } catch {
    url = null;
  }
  return {
    name: settings.organisationName,
    contact: contactLabel,
    address: parseControllerAddress(settings.controllerAddress),
    email: settings.controllerEmail,
    phone: settings.controllerPhone,
    url,
    policyUrl,
  };
}
