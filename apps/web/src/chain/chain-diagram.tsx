import type { CaseChain } from '../api/api-types';
import type { MessageKey } from '../i18n/dictionary';
import { word } from '../i18n/language';
import { useApp } from '../session/app-context';
import { href } from '../ui/router';
import { BOX, layoutChain, type PlacedNode } from './chain-layout';

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** Issue 9: the case's chain as boxes and arrows, with the dates that matter on each box. */
export function ChainDiagram({ chain }: { chain: CaseChain }) {
  const { t, fmt } = useApp();
  const { nodes, edges, width, height } = layoutChain(chain);
  const kindName = (kind: string) => word(t, 'caseKind', kind);
  const label = (n: PlacedNode) =>
    `${kindName(n.node.kind)}: ${n.node.title ?? n.node.id}${n.node.status ? ` (${word(t, 'status', n.node.status)})` : ''}`;
  const description = edges
    .map((e) => `${label(e.to)} ${t(`relation.${e.relation}` as MessageKey)} ${label(e.from)}`)
    .join('. ');
  return (
    <figure class="chain">
      <div class="chain-scroll">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
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
            const x2 = e.to.x;
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
                <text x={mx} y={(y1 + y2) / 2 - 6} text-anchor="middle" class="edge-label">
                  {t(`relation.${e.relation}` as MessageKey)}
                </text>
              </g>
            );
          })}
          {nodes.map((n) => {
            const dates = Object.entries(n.node.dates ?? {})
              .filter(([, v]) => v)
              .slice(0, 3);
            return (
              <a
                key={`${n.node.kind}/${n.node.id}`}
                href={href('cases', n.node.kind, n.node.id)}
                aria-label={label(n)}
              >
                <g class={n.root ? 'box root' : n.node.found ? 'box' : 'box missing'} data-testid="chain-box">
                  <rect x={n.x} y={n.y} width={BOX.width} height={BOX.height} rx="8" />
                  <text x={n.x + 10} y={n.y + 18} class="box-kind">
                    {kindName(n.node.kind)}
                    {n.node.status ? ` · ${word(t, 'status', n.node.status)}` : ''}
                  </text>
                  <text x={n.x + 10} y={n.y + 38} class="box-title">
                    {clip(n.node.title || n.node.id, 28)}
                  </text>
                  {dates.map(([name, iso], i) => (
                    <text key={name} x={n.x + 10} y={n.y + 56 + i * 14} class="box-date">
                      {name}: {fmt.date(iso)}
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
