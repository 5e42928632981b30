// Inline SVG bar charts with a visible label and value on every bar.

import { svg } from "./dom.js";

const ROW = 26;
const LABEL = 130;
const WIDTH = 340;

/** rows: [{label, value, className}]; title names the chart for screen readers. */
export function barChart({ rows, title }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barSpace = WIDTH - LABEL - 40;
  const height = rows.length * ROW;
  return svg(
    "svg",
    { class: "chart", viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": `${title}: ${rows.map((r) => `${r.label} ${r.value}`).join(", ")}` },
    rows.map((row, index) => {
      const y = index * ROW;
      const width = row.value ? Math.max(3, (row.value / max) * barSpace) : 0;
      return svg(
        "g",
        { class: `chart__row ${row.className ?? ""}` },
        svg("text", { x: 0, y: y + 17, class: "chart__label", text: row.label }),
        svg("rect", { x: LABEL, y: y + 5, width, height: ROW - 10, rx: 2, class: "chart__bar" }),
        svg("text", { x: LABEL + width + 6, y: y + 17, class: "chart__value", text: String(row.value) }),
      );
    }),
  );
}
