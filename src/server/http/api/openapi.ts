import { API_SCOPES } from "@/domain/access/api-scopes";
import { COMMON_PROBLEMS, type ApiOperation } from "./operation";
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type ProblemCode } from "./problem";
import { toJsonSchema } from "./json-schema";

/** The problem document every error has (RFC 9457). */
export const PROBLEM_SCHEMA = {
  type: "object",
  required: ["type", "title", "status", "detail", "errors"],
  properties: {
    type: { type: "string", description: "A URI reference to this problem type's explanation." },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string", description: "What went wrong, in English." },
    errors: {
      type: "array",
      description: "Each invalid or refused field, named by its path in the request body (e.g. emails.0.address).",
      items: {
        type: "object",
        required: ["field", "message"],
        properties: { field: { type: "string" }, message: { type: "string" }, code: { type: "string" } },
      },
    },
    requestId: { type: "string", description: "Quote this when asking for help; it is in our logs." },
  },
} as const;

/**
 * The OpenAPI 3.1 document of the integration API, generated from the operation registry and the
 * same zod schemas the routes parse with: what is documented is what runs.
 */
export function buildOpenApiDocument(
  operations: readonly ApiOperation[],
  opts: { serverUrl: string; version: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  }
  const responses = Object.fromEntries(
    (Object.keys(PROBLEM_TYPES) as ProblemCode[]).map((code) => [
      code,
      {
        description: PROBLEM_TYPES[code].title,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Grondslag integration API",
      version: opts.version,
      description:
        "Ask whether a message may be sent, record consent and its withdrawal, and handle data-subject requests, " +
        "with the same rules and services as the Grondslag app. Authenticate with `Authorization: Bearer <key>`; " +
        "keys are created by an administrator (Admin → API keys, or `npm run cli -- api-key create`). Errors are RFC 9457 problem documents.",
    },
    servers: [{ url: opts.serverUrl }],
    security: [{ apiKey: [] }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: `API key. Scopes: ${Object.entries(API_SCOPES)
            .map(([k, v]) => `\`${k}\` (${v.description})`)
            .join("; ")}`,
        },
      },
      schemas: { Problem: PROBLEM_SCHEMA },
      responses,
    },
  };
}

function operationObject(op: ApiOperation) {
  const parameters: unknown[] = [];
  for (const [name, schema] of Object.entries(op.params?.shape ?? {})) {
    parameters.push({ name, in: "path", required: true, schema: toJsonSchema(schema as never, "input") });
  }
  const query = op.query ? toJsonSchema(op.query, "input") : null;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  for (const [name, schema] of Object.entries((query?.properties as Record<string, unknown> | undefined) ?? {})) {
    parameters.push({ name, in: "query", required: required.has(name), schema });
  }
  const scopeText = op.scope === "any" ? "Any valid API key." : `Scope: \`${op.scope}\`.`;
  const success: Record<string, unknown> = {
    description: op.success.description,
    content: {
      "application/json": {
        schema: toJsonSchema(op.success.schema, "output"),
        ...(op.example?.response ? { example: op.example.response } : {}),
      },
      ...Object.fromEntries((op.success.alternateContentTypes ?? []).map((t) => [t, { schema: { type: "string" } }])),
    },
  };
  const problems = [...new Set([...op.problems, ...COMMON_PROBLEMS])].sort(
    (a, b) => PROBLEM_TYPES[a].status - PROBLEM_TYPES[b].status,
  );
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, scopeText].filter(Boolean).join("\n\n"),
    "x-scope": op.scope,
    ...(parameters.length ? { parameters } : {}),
    ...(op.rawBody
      ? {
          requestBody: {
            required: true,
            description: op.rawBody.description,
            content: { [op.rawBody.contentType]: { schema: { type: "string" } } },
          },
        }
      : {}),
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: {
              "application/json": {
                schema: toJsonSchema(op.body, "input"),
                ...(op.example?.request ? { example: op.example.request } : {}),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(op.success.status)]: success,
      ...Object.fromEntries(
        problems.map((code) => [String(PROBLEM_TYPES[code].status), { $ref: `#/components/responses/${code}` }]),
      ),
    },
  };
}
