import { numberFormat } from '../format/number-format';

/**
 * A plain SVG bar chart (issue 9: "simple SVG bars are fine"), with the numbers as text too.
 * Each label has a line of its own above its bar, so a long indicator name is not cut, and the
 * view box is about as wide as the chart is drawn (300 units in a column of at least 300 px),
 * so text set at 12 px in the stylesheet is drawn at 12 px or more (issue 19), not shrunk.
 */
export const CHART_WIDTH = 300;
const LABEL_CHARS = 44;

export function BarChart({
  title,
  bars,
  unit = '',
}: {
  title: string;
  bars: [string, number][];
  /** Written after each value, e.g. " %". */
  unit?: string;
}) {
  // The page sets <html lang> to the reader's language; a chart is drawn inside it.
  const n = numberFormat(document.documentElement.lang === 'en' ? 'en' : 'da');
  if (!bars.length)
    return (
      <figure class="chart">
        <figcaption>{title}</figcaption>
        <p class="muted">–</p>
      </figure>
    );
  const max = Math.max(1, ...bars.map(([, v]) => v));
  const rowHeight = 40;
  const valueWidth = 56;
  const barWidth = CHART_WIDTH - valueWidth;
  const height = bars.length * rowHeight + 4;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-label={`${title}: ${bars.map(([k, v]) => `${k} ${n(v)}${unit}`).join(', ')}`}
      >
        {bars.map(([label, value], i) => (
          <g key={label} transform={`translate(0 ${i * rowHeight + 2})`}>
            <text x={0} y={13} class="chart-label">
              {label.length > LABEL_CHARS ? label.slice(0, LABEL_CHARS - 1) + '…' : label}
              {label.length > LABEL_CHARS && <title>{label}</title>}
            </text>
            <rect x={0} y={18} width={Math.max(1, (value / max) * barWidth)} height={16} rx="3" class="bar" />
            <text x={(value / max) * barWidth + 6} y={31} class="chart-value">
              {n(value)}
              {unit}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
