import "server-only";
import * as echarts from "echarts";

/**
 * Renders a chart to an SVG string on the server (ECharts' server-side rendering): the page
 * arrives with the finished picture, no chart script runs in the browser, and nothing moves when
 * the page hydrates. The SVG has a fixed viewBox and scales to its container's width.
 */
export function renderSvgChart(option: echarts.EChartsCoreOption, size = { width: 640, height: 280 }): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: "Inter Variable, system-ui, sans-serif" },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Okabe-Ito colours: distinguishable with the common forms of colour blindness. Charts never rely
 * on colour alone: every series is named in the legend and in the table under the chart.
 */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#999999"];
