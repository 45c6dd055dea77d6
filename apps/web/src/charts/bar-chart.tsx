/** A plain SVG bar chart (issue 9: "simple SVG bars are fine"), with the numbers as text too. */
export function BarChart({ title, bars }: { title: string; bars: [string, number][] }) {
  if (!bars.length)
    return (
      <figure class="chart">
        <figcaption>{title}</figcaption>
        <p class="muted">–</p>
      </figure>
    );
  const max = Math.max(1, ...bars.map(([, v]) => v));
  const rowHeight = 26;
  const labelWidth = 170;
  const barWidth = 260;
  const height = bars.length * rowHeight + 8;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 70} ${height}`}
        role="img"
        aria-label={`${title}: ${bars.map(([k, v]) => `${k} ${v}`).join(', ')}`}
      >
        {bars.map(([label, value], i) => (
          <g key={label} transform={`translate(0 ${i * rowHeight + 4})`}>
            <text x={labelWidth - 8} y={rowHeight / 2 + 4} text-anchor="end" class="chart-label">
              {label.length > 24 ? label.slice(0, 23) + '…' : label}
            </text>
            <rect
              x={labelWidth}
              y={3}
              width={(value / max) * barWidth}
              height={rowHeight - 8}
              rx="3"
              class="bar"
            />
            <text x={labelWidth + (value / max) * barWidth + 6} y={rowHeight / 2 + 4} class="chart-value">
              {Number.isInteger(value) ? value : value.toFixed(1)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
