import type { z } from "zod";
import type { ApiScope } from "@/domain/access/api-scopes";
import type { ProblemCode } from "./problem";

/**
 * One operation of the integration API as data: method, path, scope, the zod schemas of its input
 * and output, its statuses and an example. The route handler is built from it (apiRoute) and the
 * OpenAPI document and the reference page are generated from it (openapi.ts), so the three cannot
 * drift apart.
 */
export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export type ApiOperation = {
  id: string;
  method: HttpMethod;
  /** OpenAPI style, relative to /api/v1: "/contacts/{id}". */
  path: string;
  scope: ApiScope | "any";
  tag: string;
  summary: string;
  description?: string;
  /** Path parameters (each a uuid in this API). */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body may be left out altogether (DELETE with an optional reason). */
  bodyOptional?: boolean;
  /** A body that is not JSON (a CSV file): the handler reads `req.body` itself, as a stream. */
  rawBody?: { contentType: string; description: string };
  success: { status: 200 | 201 | 202; schema: z.ZodType; description: string; alternateContentTypes?: string[] };
  /** Expected problem statuses besides 401, 429 and 500, which every operation can answer. */
  problems: ProblemCode[];
  example?: { request?: unknown; response?: unknown };
};

export function defineOperation<const O extends ApiOperation>(op: O): O {
  return op;
}

export type BodyOf<O extends ApiOperation> = O["body"] extends z.ZodType ? z.output<O["body"]> : undefined;
export type QueryOf<O extends ApiOperation> = O["query"] extends z.ZodObject
  ? z.output<O["query"]>
  : Record<string, never>;
export type ParamsOf<O extends ApiOperation> = O["params"] extends z.ZodObject
  ? z.output<O["params"]>
  : Record<string, never>;
export type ResponseOf<O extends ApiOperation> = z.input<O["success"]["schema"]>;

/** Statuses every operation may answer, whatever it does. */
export const COMMON_PROBLEMS: ProblemCode[] = ["UNAUTHENTICATED", "RATE_LIMITED", "INTERNAL", "BUSY"];
