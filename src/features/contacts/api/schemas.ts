import { z } from "zod";
import {
  CHANNELS,
  CONTACT_LANGUAGES,
  EMAIL_KINDS,
  LEGAL_FORMS,
  OBJECTION_SCOPES,
  PHONE_KINDS,
  SOURCE_TYPES,
} from "@/domain/vocabulary";
import {
  ZCompanyInput,
  ZCreateContactInput,
  ZEmailInput,
  ZPhoneInput,
  ZPostalAddressInput,
  ZSourceInput,
  ZUpdateContactInput,
} from "../schemas";
import { listOf, ZIsoDateTime } from "@/server/http/api/common";
import { ZApiRecordConsent } from "@/features/consents";

/**
 * Contacts as the API takes and returns them. Fields are the contacts feature's own schemas; the
 * only difference is `designation`, which the API takes as one text (where the company showed the
 * address is meant for commercial messages, Tw art. 11.7) and the service as { where, seenAt }.
 */
export const ZApiEmail = ZEmailInput.omit({ designation: true }).extend({
  designation: z.string().trim().max(500, { error: "validation.tooLong" }).nullish(),
});
export const ZApiCompany = ZCompanyInput.pick({ name: true, legalForm: true, kvkNumber: true });

const person = ZCreateContactInput.pick({ firstName: true, lastName: true, jobTitle: true, language: true });

export const ZApiCreateContact = person.extend({
  company: ZApiCompany.nullish(),
  emails: z.array(ZApiEmail).max(20).default([]),
  phones: z.array(ZPhoneInput).max(20).default([]),
  postalAddress: ZPostalAddressInput.nullish(),
  source: ZSourceInput,
  /**
   * Consents given when the contact was collected, recorded in the same transaction. The only way
   * to add back a person who was erased (their address is on the suppression list): with a fresh basis.
   */
  consents: z.array(ZApiRecordConsent).max(20).default([]),
});
export type TApiCreateContact = z.output<typeof ZApiCreateContact>;

export const ZApiUpdateContact = ZUpdateContactInput.pick({
  firstName: true,
  lastName: true,
  jobTitle: true,
  language: true,
  postalAddress: true,
  source: true,
}).extend({
  company: ZApiCompany.nullish(),
  emails: z.array(ZApiEmail).max(20).optional(),
  phones: z.array(ZPhoneInput).max(20).optional(),
});
export type TApiUpdateContact = z.output<typeof ZApiUpdateContact>;

export const ZApiFindContacts = z.object({ email: z.string().trim().min(3, { error: "validation.email" }).max(254) });

const ZConsentStateName = z.enum(["given", "withdrawn", "expired", "none"]);

export const ZApiContact = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  jobTitle: z.string().nullable(),
  /** The language the person reads ("nl", "en"); null = not known (messages then carry both). */
  language: z.enum(CONTACT_LANGUAGES).nullable(),
  company: z
    .object({ id: z.uuid(), name: z.string(), legalForm: z.enum(LEGAL_FORMS), kvkNumber: z.string().nullable() })
    .nullable(),
  emails: z.array(
    z.object({ id: z.uuid(), address: z.string(), kind: z.enum(EMAIL_KINDS), designation: z.string().nullable() }),
  ),
  phones: z.array(z.object({ id: z.uuid(), number: z.string(), kind: z.enum(PHONE_KINDS) })),
  postalAddress: z
    .object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() })
    .nullable(),
  source: z.object({
    type: z.enum(SOURCE_TYPES),
    detail: z.string().nullable(),
    publishedForPurpose: z.string().nullable(),
    collectedAt: ZIsoDateTime,
  }),
  /** AVG art. 18: while true, nothing may be done with the contact but keep it. */
  restricted: z.boolean(),
  objections: z.array(z.object({ id: z.uuid(), scope: z.enum(OBJECTION_SCOPES), receivedAt: ZIsoDateTime })),
  /** Consent per purpose and channel as the outreach rules see it now. */
  consentStates: z.array(
    z.object({
      purpose: z.string(),
      channel: z.enum(CHANNELS),
      state: ZConsentStateName,
      since: ZIsoDateTime.nullable(),
    }),
  ),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TApiContact = z.input<typeof ZApiContact>;
export const ZApiContactList = listOf(ZApiContact);
