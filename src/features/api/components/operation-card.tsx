import type { ApiOperation } from "@/server/http/api/operation";
import { COMMON_PROBLEMS } from "@/server/http/api/operation";
import { PROBLEM_TYPES } from "@/server/http/api/problem";
import { toJsonSchema } from "@/server/http/api/json-schema";
import { Badge } from "@/components/ui/card";

const METHOD_TONE = { GET: "blue", POST: "green", PATCH: "amber", DELETE: "red" } as const;

type Labels = {
  scope: string;
  anyKey: string;
  exampleRequest: string;
  exampleResponse: string;
  requestSchema: string;
  responseSchema: string;
  statuses: string;
  query: string;
};

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** One operation of the registry, as the reference page shows it. Texts of the API itself are English, like the API. */
export function OperationCard({ op, labels }: { op: ApiOperation; labels: Labels }) {
  const problems = [...new Set([...op.problems, ...COMMON_PROBLEMS])].sort(
    (a, b) => PROBLEM_TYPES[a].status - PROBLEM_TYPES[b].status,
  );
  return (
    <article id={op.id} className="space-y-3 border-t border-slate-100 pt-4 first:border-t-0 first:pt-0">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <Badge tone={METHOD_TONE[op.method]}>{op.method}</Badge>
        <span className="break-all">/api/v1{op.path}</span>
      </h3>
      <p className="text-sm font-medium text-slate-900">{op.summary}</p>
      {op.description && <p className="text-sm text-slate-600">{op.description}</p>}
      <p className="text-sm">
        {labels.scope}: {op.scope === "any" ? labels.anyKey : <code className="font-mono text-xs">{op.scope}</code>}
      </p>
      {op.query && (
        <p className="text-sm">
          {labels.query}: <code className="font-mono text-xs">{Object.keys(op.query.shape).join(", ")}</code>
        </p>
      )}
      {op.example?.request !== undefined && (
        <div>
          <p className="text-xs font-medium text-slate-700">{labels.exampleRequest}</p>
          <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
            {json(op.example.request)}
          </pre>
        </div>
      )}
      {op.example?.response !== undefined && (
        <div>
          <p className="text-xs font-medium text-slate-700">{labels.exampleResponse}</p>
          <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
            {json(op.example.response)}
          </pre>
        </div>
      )}
      {op.body && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700">{labels.requestSchema}</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">
            {json(toJsonSchema(op.body, "input"))}
          </pre>
        </details>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">
          {labels.responseSchema} ({op.success.status})
        </summary>
        <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">
          {json(toJsonSchema(op.success.schema, "output"))}
        </pre>
      </details>
      <p className="text-sm">
        {labels.statuses}: <span className="font-mono text-xs">{op.success.status}</span>
        {problems.map((code) => (
          <span key={code}>
            {", "}
            <a href={`#problem-${PROBLEM_TYPES[code].slug}`} className="font-mono text-xs text-brand-700 underline">
              {PROBLEM_TYPES[code].status}
            </a>
          </span>
        ))}
      </p>
    </article>
  );
}
