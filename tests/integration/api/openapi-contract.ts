/**
 * Contract checking: every response a test receives is validated against the OpenAPI document the
 * API publishes (GET /api/v1/openapi.json, called through its real route handler), with a JSON
 * Schema 2020-12 validator. A field the document does not promise, a missing one, a wrong status
 * or content type fails the test.
 */
import Ajv2020 from "ajv/dist/2020";
import { expect } from "vitest";
import { GET as openapiJson } from "@/app/api/v1/openapi.json/route";
import type { ApiCallResult } from "../../factories/api";

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, any> }>>;
  components: { responses: Record<string, any>; schemas: Record<string, any> };
};

let loaded: Promise<{ doc: Doc; ajv: Ajv2020 }> | null = null;

export function openApi() {
  loaded ??= (async () => {
    const doc = (await (await openapiJson()).json()) as Doc;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat("date-time", { validate: (s: string) => !Number.isNaN(Date.parse(s)) });
    ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    ajv.addFormat("email", /^[^@\s]+@[^@\s]+$/);
    ajv.addSchema({ ...doc, $id: "https://grondslag.test/openapi.json" });
    return { doc, ajv };
  })();
  return loaded;
}

const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Asserts that `res` is a documented response of `method path` and matches its schema. */
export async function expectDocumented(method: string, path: string, res: ApiCallResult) {
  const { doc, ajv } = await openApi();
  const op = doc.paths[path]?.[method.toLowerCase()];
  expect(op, `${method} ${path} is in the OpenAPI document`).toBeTruthy();
  let response = op.responses[String(res.status)];
  expect(
    response,
    `${method} ${path} documents status ${res.status} (body: ${JSON.stringify(res.body).slice(0, 300)})`,
  ).toBeTruthy();
  let ref = `#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${res.status}`;
  if (response.$ref) {
    ref = response.$ref;
    response = doc.components.responses[response.$ref.split("/").pop()];
  }
  const mediaType = res.contentType.split(";")[0].trim();
  expect(Object.keys(response.content), `${method} ${path} ${res.status} content type`).toContain(mediaType);
  if (mediaType !== "application/json" && mediaType !== "application/problem+json") return;
  const validate = ajv.getSchema(`https://grondslag.test/openapi.json${ref}/content/${pointer(mediaType)}/schema`);
  expect(validate, "schema compiles").toBeTruthy();
  const ok = validate!(res.body);
  expect(
    ok,
    `${method} ${path} ${res.status}: ${ajv.errorsText(validate!.errors)} in ${JSON.stringify(res.body).slice(0, 500)}`,
  ).toBe(true);
}
