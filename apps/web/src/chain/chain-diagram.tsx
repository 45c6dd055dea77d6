import type { CaseChain, ChainNode } from '../api/api-types';
import type { MessageKey } from '../i18n/dictionary';
import { word } from '../i18n/language';
import { useApp } from '../session/app-context';
import { href } from '../ui/router';
import { BOX, layoutChain, type PlacedNode } from './chain-layout';

const LINE = 30;

/** Up to two lines of the title, cut at a word where it can be. */
function titleLines(text: string): string[] {
  if (text.length <= LINE) return [text];
  const cut = text.lastIndexOf(' ', LINE);
  const first = text.slice(0, cut > 10 ? cut : LINE);
  const rest = text.slice(first.length).trim();
  return [first, rest.length > LINE ? rest.slice(0, LINE - 1) + '…' : rest];
}

/** Where the case started and the two latest things that happened to it. */
function boxDates(node: ChainNode): [string, string][] {
  const all = Object.entries(node.dates ?? {}).filter((d): d is [string, string] => !!d[1]);
  if (all.length <= 3) return all;
  return [all[0], ...all.slice(-2)];
}

/** Issue 9: the case's chain as boxes and arrows, with the dates that matter on each box. */
export function ChainDiagram({ chain }: { chain: CaseChain }) {
  const { t, fmt } = useApp();
  const { nodes, edges, width, height } = layoutChain(chain);
  const kindName = (kind: string) => word(t, 'caseKind', kind);
  const relation = (r: string) => t(`relation.${r}` as MessageKey);
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
            const x1 = e.from.x + BOX.width;
            const y1 = e.from.y + BOX.height / 2;
            const x2 = e.to.x - 2;
            const y2 = e.to.y + BOX.height / 2;
            const mx = (x1 + x2) / 2;
            return (
              <g key={i} class="edge">
                <path
                  d={`M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2} ${y2}`}
                  fill="none"
                  stroke="#334"
                  stroke-width="1.5"
                  marker-end="url(#arrow)"
                />
                <text x={mx} y={Math.min(y1, y2) - 8} text-anchor="middle" class="edge-label">
                  {relation(e.relation)}
                </text>
              </g>
            );
          })}
          {nodes.map((n) => {
            const lines = titleLines(n.node.title || n.node.id);
            return (
              // Named by the text drawn in it, so what a speech-input user reads out is its name
              // (WCAG 2.5.3, axe: label-content-name-mismatch).
              <a key={`${n.node.kind}/${n.node.id}`} href={href('cases', n.node.kind, n.node.id)}>
                <g class={n.root ? 'box root' : n.node.found ? 'box' : 'box missing'} data-testid="chain-box">
                  <rect x={n.x} y={n.y} width={BOX.width} height={BOX.height} rx="8" />
                  <text x={n.x + 10} y={n.y + 18} class="box-kind">
                    {kindName(n.node.kind)}
                    {n.node.status ? ` · ${word(t, 'status', n.node.status)}` : ''}
                  </text>
                  {lines.map((line, i) => (
                    <text key={i} x={n.x + 10} y={n.y + 36 + i * 15} class="box-title">
                      {line}
                    </text>
                  ))}
                  {boxDates(n.node).map(([name, iso], i) => (
                    <text key={name} x={n.x + 10} y={n.y + 70 + i * 14} class="box-date">
                      {word(t, 'date', name)}: {fmt.date(iso)}
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
