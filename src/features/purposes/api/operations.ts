import { defineOperation } from "@/server/http/api/operation";
import { ZApiCreatePurpose, ZApiPurpose, ZApiPurposeList } from "./schemas";

export const listPurposesOp = defineOperation({
  id: "listPurposes",
  method: "GET",
  path: "/purposes",
  scope: "any",
  tag: "Purposes",
  summary: "List purposes with their current notice text and version",
  description:
    "Any valid key may read the catalogue: a sign-up form shows the notice text and records its version with the consent.",
  success: { status: 200, schema: ZApiPurposeList, description: "The purposes, active first." },
  problems: [],
});

export const createPurposeOp = defineOperation({
  id: "createPurpose",
  method: "POST",
  path: "/purposes",
  scope: "purposes:write",
  tag: "Purposes",
  summary: "Create a purpose with its notice text (version 1)",
  description:
    "Defaults: `dpvPurpose` = `dpv:DirectMarketing` (the W3C DPV term used in exports), `similarProductsOnly` = false (true marks a " +
    "purpose about the organisation's own similar products, for the customer exception of Tw art. 11.7 lid 3).",
  body: ZApiCreatePurpose,
  success: { status: 201, schema: ZApiPurpose, description: "The purpose, with notice version 1." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "CONFLICT"],
  example: {
    request: {
      key: "newsletter",
      name: { nl: "Nieuwsbrief", en: "Newsletter" },
      notice: {
        nl: "Wij sturen u maandelijks onze nieuwsbrief. Afmelden kan altijd.",
        en: "We send you our monthly newsletter. You can unsubscribe at any time.",
      },
      directMarketing: true,
      channels: ["email"],
    },
  },
});
