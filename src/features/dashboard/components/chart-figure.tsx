import Link from "next/link";
import type { ReactNode } from "react";
import type { EChartsCoreOption } from "echarts";
import { renderSvgChart } from "../charts/render-svg-chart";

type Table = { caption: string; columns: string[]; rows: (string | number)[][] };

/**
 * One dashboard chart: a heading, the server-rendered SVG (role="img" with a one-line summary),
 * the same figures as a table for screen readers and anyone who prefers numbers (the text
 * alternative, WCAG 1.1.1), and a link to the list behind it. Fixed aspect ratio: no layout shift.
 */
export function ChartFigure(props: {
  title: string;
  summary: string;
  option: EChartsCoreOption;
  table: Table;
  href: string;
  linkLabel: string;
  showAsTable: string;
  testId: string;
  height?: number;
  empty?: ReactNode;
}) {
  const height = props.height ?? 280;
  // The wrapper is the image (role="img" with the summary); the SVG inside is hidden from
  // assistive technology so it is not announced twice as an unnamed graphic.
  const svg = props.empty
    ? null
    : renderSvgChart(props.option, { width: 640, height }).replace(
        /^<svg /,
        '<svg aria-hidden="true" focusable="false" ',
      );
  return (
    <figure className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={props.testId}>
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{props.title}</h2>
        <Link href={props.href} className="text-sm text-brand-800 underline-offset-2 hover:underline">
          {props.linkLabel}
        </Link>
      </figcaption>
      {svg ? (
        <div
          role="img"
          aria-label={props.summary}
          className="w-full [&>svg]:h-auto [&>svg]:w-full"
          style={{ aspectRatio: `640 / ${height}` }}
          data-chart="svg"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        <div className="text-sm text-slate-600">{props.empty}</div>
      )}
      {svg && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-700">{props.showAsTable}</summary>
          <div className="overflow-x-auto">
            <table className="mt-2 min-w-full text-left">
              <caption className="sr-only">{props.table.caption}</caption>
              <thead className="text-slate-600">
                <tr>
                  {props.table.columns.map((c) => (
                    <th key={c} scope="col" className="py-1 pr-3">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 tabular-nums">
                {props.table.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row" className="py-1 pr-3 font-normal">
                          {cell}
                        </th>
                      ) : (
                        <td key={j} className="py-1 pr-3">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
