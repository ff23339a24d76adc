import "server-only";
import { parseInput } from "@/server/validation/parse-input";
import { AppError } from "../../errors";
import { BODY_LIMITS, readBodyText } from "../read-body";
import { withApiKey, type ApiContext } from "./with-api-key";
import type { ApiOperation, BodyOf, ParamsOf, QueryOf, ResponseOf } from "./operation";

type Input<O extends ApiOperation> = {
  body: BodyOf<O>;
  query: QueryOf<O>;
  params: ParamsOf<O>;
  ctx: ApiContext<Record<string, string>>;
  req: Request;
};

/**
 * A route handler for one registered operation: the key, scope and rate limit from withApiKey,
 * then path, query and body parsed with the operation's own zod schemas (400 naming each field),
 * then the handler, whose result is parsed through the operation's response schema, so that the
 * API returns exactly what the OpenAPI document promises and no field leaks by accident
 * A handler may return a Response itself (file downloads).
 */
export function apiRoute<O extends ApiOperation>(
  op: O,
  handler: (input: Input<O>) => Promise<ResponseOf<O> | Response>,
) {
  return withApiKey<Record<string, string>>(op.scope, async (req, ctx) => {
    const params = parseParams(op, ctx.params) as ParamsOf<O>;
    const query = (
      op.query ? parseInput(op.query, Object.fromEntries(new URL(req.url).searchParams)) : {}
    ) as QueryOf<O>;
    if (op.rawBody && !(req.headers.get("content-type") ?? "").toLowerCase().startsWith(op.rawBody.contentType))
      throw new AppError("INVALID_INPUT", `Send the body as ${op.rawBody.contentType}.`, {
        fields: [{ field: "_body", message: `Send the body as ${op.rawBody.contentType}.` }],
      });
    const body = (op.body ? parseInput(op.body, await readJson(req)) : undefined) as BodyOf<O>;
    const result = await handler({ body, query, params, ctx, req });
    if (result instanceof Response) return result;
    const output = op.success.schema.parse(result);
    return new Response(JSON.stringify(output), {
      status: op.success.status,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  });
}

/** An id that is not even a uuid cannot name anything: 404, the same as an unknown one. */
function parseParams(op: ApiOperation, raw: Record<string, string>) {
  if (!op.params) return {};
  const parsed = op.params.safeParse(raw);
  if (!parsed.success) throw new AppError("NOT_FOUND", "Nothing exists at this address: the id is not a valid id.");
  return parsed.data;
}

async function readJson(req: Request): Promise<unknown> {
  const text = await readBodyText(req, BODY_LIMITS.api);
  // No body at all reads as an empty object, so the problem lists each required field.
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.", {
      fields: [{ field: "_body", message: "The body is not valid JSON." }],
    });
  }
}
