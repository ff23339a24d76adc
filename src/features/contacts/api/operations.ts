import { defineOperation } from "@/server/http/api/operation";
import { ZIdParams } from "@/server/http/api/params";
import { ZApiContact, ZApiContactList, ZApiCreateContact, ZApiFindContacts, ZApiUpdateContact } from "./schemas";

export const createContactOp = defineOperation({
  id: "createContact",
  method: "POST",
  path: "/contacts",
  scope: "contacts:write",
  tag: "Contacts",
  summary: "Create a contact with its provenance (and consents given at collection)",
  description:
    "The source is required (AVG art. 14 lid 2 sub f). An e-mail address or phone number of a person who was erased answers 409, " +
    "unless the same body records a consent (a fresh basis, AVG art. 17). A personal address that another contact already has answers 409 too. " +
    "Consents in `consents` need the consents:write scope as well.\n\n" +
    'Defaults: `company` omitted or null = a private person. `company.legalForm` `"none"` = someone acting without a legal entity ' +
    "(a private person or an unregistered trade name): the name is stored, and the rules treat the person as a natural person " +
    "(telemarketing needs their consent, Tw art. 11.7), as for `eenmanszaak`, `vof` and `maatschap`. `emails`, `phones` and `consents` " +
    "default to empty lists; `jobTitle`, `postalAddress`, `company.kvkNumber` and `source.detail` (where the source type does not need it) are optional. " +
    "`language` (`nl` or `en`, default null = not known) is the language messages to the person are written in; when it is not known, " +
    "texts the product adds (such as the AVG art. 14 notice) come in Dutch and English.",
  body: ZApiCreateContact,
  success: { status: 201, schema: ZApiContact, description: "The contact as stored." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "CONFLICT", "UNLAWFUL"],
  example: {
    request: {
      firstName: "Joost",
      lastName: "Visser",
      jobTitle: "Inkoper",
      company: { name: "Bakkerij Visser", legalForm: "bv", kvkNumber: "12345678" },
      emails: [{ address: "joost@bakkerij-visser.nl", kind: "personal" }],
      phones: [{ number: "06 12345678", kind: "mobile" }],
      source: { type: "event", detail: "Vakbeurs Utrecht 2026, stand 12" },
    },
  },
});

export const findContactsOp = defineOperation({
  id: "findContacts",
  method: "GET",
  path: "/contacts",
  scope: "contacts:read",
  tag: "Contacts",
  summary: "Find contacts by e-mail address (exact, any casing)",
  query: ZApiFindContacts,
  success: {
    status: 200,
    schema: ZApiContactList,
    description: "Matching contacts; an empty list when there are none.",
  },
  problems: ["INVALID_INPUT", "FORBIDDEN"],
});

export const getContactOp = defineOperation({
  id: "getContact",
  method: "GET",
  path: "/contacts/{id}",
  scope: "contacts:read",
  tag: "Contacts",
  summary: "Get a contact with its consent state per purpose and channel",
  description: "An erased contact answers 404, like one that never existed.",
  params: ZIdParams,
  success: { status: 200, schema: ZApiContact, description: "The contact." },
  problems: ["FORBIDDEN", "NOT_FOUND"],
});

export const updateContactOp = defineOperation({
  id: "updateContact",
  method: "PATCH",
  path: "/contacts/{id}",
  scope: "contacts:write",
  tag: "Contacts",
  summary: "Update a contact (rectification, AVG art. 16)",
  description:
    "Only the fields sent change. `emails` and `phones`, when sent, are the complete new list. `company: null` detaches the company; " +
    "`language: null` makes the language unknown again.",
  params: ZIdParams,
  body: ZApiUpdateContact,
  success: { status: 200, schema: ZApiContact, description: "The contact after the update." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
  example: { request: { jobTitle: "Hoofd inkoop" } },
});
