export function FigureTile({
  label,
  value,
  tone,
  testId,
}: {
  label: string;
  value: number;
  tone?: "red" | "amber";
  testId?: string;
}) {
  const color = tone === "red" ? "text-red-700" : tone === "amber" ? "text-amber-700" : "text-slate-900";
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <p className="text-sm text-slate-600">{label}</p>
      <p className={`mt-1 text-3xl font-semibold tabular-nums ${color}`}>{value.toLocaleString("nl-NL")}</p>
    </div>
  );
}
