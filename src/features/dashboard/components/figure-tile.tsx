import Link from "next/link";

/** One figure; with `href` the whole tile links to the list behind it. */
export function FigureTile({
  label,
  value,
  tone,
  testId,
  href,
}: {
  label: string;
  value: number;
  tone?: "red" | "amber";
  testId?: string;
  href?: string;
}) {
  const color = tone === "red" ? "text-red-700" : tone === "amber" ? "text-amber-700" : "text-slate-900";
  const body = (
    <>
      <p className="text-sm text-slate-600">{label}</p>
      <p className={`mt-1 text-3xl font-semibold tabular-nums ${color}`}>{value.toLocaleString("nl-NL")}</p>
    </>
  );
  const cls = "block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";
  return href ? (
    <Link href={href} className={`${cls} hover:ring-brand-600`} data-testid={testId}>
      {body}
    </Link>
  ) : (
    <div className={cls} data-testid={testId}>
      {body}
    </div>
  );
}
