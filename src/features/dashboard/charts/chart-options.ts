import type { EChartsCoreOption } from "echarts";
import { PALETTE } from "./render-svg-chart";

export type Series = { name: string; values: number[] };

/**
 * Bar chart options shared by the dashboard's charts: categories along one axis, one bar (or a
 * stacked segment) per series, a legend naming every series, whole numbers only.
 */
export function barOption(
  categories: string[],
  series: Series[],
  opts: { stacked?: boolean; horizontal?: boolean; colors?: string[]; legendLines?: number } = {},
): EChartsCoreOption {
  const categoryAxis = {
    type: "category",
    data: categories,
    axisLabel: { interval: 0, color: "#334155", width: opts.horizontal ? 120 : 80, overflow: "truncate" },
  };
  const valueAxis = { type: "value", minInterval: 1, axisLabel: { color: "#334155" } };
  // A long legend wraps onto more lines: the bars start below it rather than under it.
  const top = 16 + 24 * (opts.legendLines ?? 1);
  return {
    color: opts.colors ?? PALETTE,
    grid: { left: opts.horizontal ? 130 : 40, right: 16, top, bottom: opts.horizontal ? 24 : 48 },
    legend: { top: 0, textStyle: { color: "#0f172a" } },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s) => ({
      name: s.name,
      type: "bar",
      data: s.values,
      ...(opts.stacked ? { stack: "total" } : {}),
      barMaxWidth: 28,
    })),
  };
}
