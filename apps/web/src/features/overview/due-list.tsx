import { useApp } from '../../session/app-context';
import type { DueItem } from './due-items';

export function DueList({ items, nowMs, empty }: { items: DueItem[]; nowMs: number; empty: string }) {
  const { t, fmt } = useApp();
  if (!items.length) return <p class="muted">{empty}</p>;
  return (
    <ol class="due-list">
      {items.map((item, i) => (
        <li key={`${item.link}-${i}`} class={item.overdue ? 'due overdue' : 'due'} data-testid="due-item">
          <div class="due-when">
            {item.at === null ? (
              <span>{t('noDeadline')}</span>
            ) : (
              <>
                <time dateTime={item.at}>{fmt.dateTime(item.at)}</time>
                <span class={item.overdue ? 'badge danger' : 'badge'}>
                  {item.overdue ? t('overdue') : fmt.relative(item.at, nowMs)}
                </span>
              </>
            )}
          </div>
          <div class="due-what">
            <span class={`kind kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>{' '}
            <a href={`#/${item.link}`}>{item.title}</a>
            <div>{item.what}</div>
            {item.detail && <div class="muted">{item.detail}</div>}
          </div>
        </li>
      ))}
    </ol>
  );
}
