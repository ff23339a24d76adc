import { env } from "@/server/env";
import { buildOpenApiDocument } from "@/server/http/api/openapi";
import { API_OPERATIONS } from "../_registry";

/**
 * GET /api/v1/openapi.json — public, like any API's documentation: it describes the API, holds no
 * data, and code generators fetch it without a key.
 */
export const dynamic = "force-dynamic";

let cached: string | null = null;

export function GET() {
  cached ??= JSON.stringify(
    buildOpenApiDocument(API_OPERATIONS, { serverUrl: new URL("/api/v1", env.APP_URL).toString(), version: "1.0.0" }),
  );
  return new Response(cached, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}
