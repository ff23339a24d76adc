import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";

/**
 * A validator for the public Kantara Consent Receipt v1.1 JSON schema, of which a verbatim copy is
 * kept in tests/support/standards/.
 *
 * It is a draft-04 schema. Ajv 8 only speaks draft-04 through the separate `ajv-draft-04`
 * package, which is not installed. The schema uses nothing whose meaning changed after draft-04
 * (no exclusiveMinimum booleans, no `id`), so we remove its "$schema" key and compile it with
 * the default (draft-07) Ajv in non-strict mode, which tolerates the "$comment" and unknown
 * keywords. Should the schema ever use draft-04-only semantics, install ajv-draft-04 instead.
 */
export function compileKantaraSchema() {
  const file = path.join(import.meta.dirname, "standards", "kantara-consent-receipt-v1_1-schema.json");
  const schema = JSON.parse(readFileSync(file, "utf8"));
  delete schema.$schema;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}
