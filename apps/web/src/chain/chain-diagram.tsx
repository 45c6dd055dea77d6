import type { CaseChain, ChainNode } from '../api/api-types';
import type { MessageKey } from '../i18n/dictionary';
import { word } from '../i18n/language';
import { useApp } from '../session/app-context';
import { href } from '../ui/router';
import { BOX, layoutChain, placeEdgeLabels, wrapText, type PlacedNode } from './chain-layout';
import { textMeasure, type TextStyle } from './text-measure';

/** Inside a box: the padding, and the line heights of its three kinds of text (styles.css). */
const PAD = 10;
const LINE: Record<TextStyle, number> = { kind: 14, title: 16, date: 14, edge: 14 };

/** Where the case started and the two latest things that happened to it. */
function boxDates(node: ChainNode): [string, string][] {
  const all = Object.entries(node.dates ?? {}).filter((d): d is [string, string] => !!d[1]);
  if (all.length <= 3) return all;
  return [all[0], ...all.slice(-2)];
}

interface BoxText {
  kind: string[];
  title: string[];
  dates: string[];
}

/**
 * Issue 9: the case's chain as boxes and arrows, with the dates that matter on each box. Issue
 * 19: every title whole, on as many lines as it takes (measured in the page's own font), each box
 * as tall as its text, the gap between columns as wide as the widest label, and each arrow's label
 * where no box or other label is.
 */
export function ChainDiagram({ chain }: { chain: CaseChain }) {
  const { t, fmt } = useApp();
  const measure = textMeasure();
  const kindName = (kind: string) => word(t, 'caseKind', kind);
  const relation = (r: string) => t(`relation.${r}` as MessageKey);
  const inner = BOX.width - 2 * PAD;
  const texts = new Map<string, BoxText>();
  const textOf = (n: ChainNode): BoxText => {
    const key = `${n.kind}/${n.id}`;
    let text = texts.get(key);
    if (!text) {
      const kindLine = `${kindName(n.kind)}${n.status ? ` · ${word(t, 'status', n.status)}` : ''}`;
      text = {
        kind: wrapText(kindLine, inner, (s) => measure(s, 'kind')),
        title: wrapText(n.title || n.id, inner, (s) => measure(s, 'title')),
        dates: boxDates(n).flatMap(([name, iso]) =>
          wrapText(`${word(t, 'date', name)}: ${fmt.date(iso)}`, inner, (s) => measure(s, 'date')),
        ),
      };
      texts.set(key, text);
    }
    return text;
  };
  const heightOf = (n: ChainNode) => {
    const b = textOf(n);
    return (
      PAD + b.kind.length * LINE.kind + 6 + b.title.length * LINE.title + 8 + b.dates.length * LINE.date + PAD
    );
  };
  const relations = [...new Set([...chain.cameFrom, ...chain.ledTo].map((l) => l.relation))];
  const widestLabel = Math.max(0, ...relations.map((r) => measure(relation(r), 'edge')));
  const layout = layoutChain(chain, heightOf, Math.max(BOX.gapX, Math.ceil(widestLabel) + 40));
  const { nodes, edges } = layout;
  const curves = edges.map((e) => {
    const x1 = e.from.x + BOX.width;
    const y1 = e.from.y + e.from.height / 2;
    const x2 = e.to.x - 2;
    const y2 = e.to.y + e.to.height / 2;
    return { x1, y1, x2, y2, mx: (x1 + x2) / 2 };
  });
  const labels = placeEdgeLabels(
    curves.map((c, i) => ({
      x: c.mx,
      y: (c.y1 + c.y2) / 2 - 4,
      width: measure(relation(edges[i].relation), 'edge'),
    })),
    nodes.map((n) => ({ x: n.x, y: n.y, width: BOX.width, height: n.height })),
    LINE.edge,
  );
  const height = Math.max(layout.height, ...labels.map((l) => l.y + l.height + BOX.margin));
  const width = layout.width;
  const label = (n: PlacedNode) =>
    `${kindName(n.node.kind)}: ${n.node.title || n.node.id}${n.node.status ? ` (${word(t, 'status', n.node.status)})` : ''}`;
  const description = edges.map((e) => `${label(e.to)} ${relation(e.relation)} ${label(e.from)}`).join('. ');
  return (
    <figure class="chain">
      <div class="chain-scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          // A group, not an image: its boxes are links, and an image's parts are not reachable
          // (axe: nested-interactive). The label is the chart's text alternative in words.
          role="group"
          aria-label={`${t('chainTitle')}. ${description || nodes.map(label).join('. ')}`}
          data-testid="chain-svg"
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#334" />
            </marker>
          </defs>
          {edges.map((e, i) => {
            const { x1, y1, x2, y2, mx } = curves[i];
            const at = labels[i];
            return (
              <g key={i} class="edge">
                <path
                  d={`M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2} ${y2}`}
                  fill="none"
                  stroke="#334"
                  stroke-width="1.5"
                  marker-end="url(#arrow)"
                />
                <rect x={at.x} y={at.y} width={at.width} height={at.height} class="edge-label-bg" />
                <text
                  x={at.x + at.width / 2}
                  y={at.y + at.height - 4}
                  text-anchor="middle"
                  class="edge-label"
                  data-testid="chain-edge-label"
                >
                  {relation(e.relation)}
                </text>
              </g>
            );
          })}
          {nodes.map((n) => {
            const b = textOf(n.node);
            let y = n.y + PAD;
            const line = (style: TextStyle) => (y += LINE[style]) - 3;
            const kindYs = b.kind.map(() => line('kind'));
            y += 6;
            const titleYs = b.title.map(() => line('title'));
            y += 8;
            const dateYs = b.dates.map(() => line('date'));
            return (
              // Named by the text drawn in it, so what a speech-input user reads out is its name
              // (WCAG 2.5.3, axe: label-content-name-mismatch).
              <a key={`${n.node.kind}/${n.node.id}`} href={href('cases', n.node.kind, n.node.id)}>
                <g class={n.root ? 'box root' : n.node.found ? 'box' : 'box missing'} data-testid="chain-box">
                  <rect x={n.x} y={n.y} width={BOX.width} height={n.height} rx="8" />
                  {b.kind.map((text, i) => (
                    <text key={`k${i}`} x={n.x + PAD} y={kindYs[i]} class="box-kind">
                      {text}
                    </text>
                  ))}
                  {b.title.map((text, i) => (
                    <text key={`t${i}`} x={n.x + PAD} y={titleYs[i]} class="box-title">
                      {text}
                    </text>
                  ))}
                  {b.dates.map((text, i) => (
                    <text key={`d${i}`} x={n.x + PAD} y={dateYs[i]} class="box-date">
                      {text}
                    </text>
                  ))}
                </g>
              </a>
            );
          })}
        </svg>
      </div>
      {!edges.length && <figcaption class="muted">{t('chainEmpty')}</figcaption>}
    </figure>
  );
}
