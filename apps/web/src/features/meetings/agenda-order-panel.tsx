import { useState } from 'preact/hooks';
import type { AgendaItem } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { MeetingWrite } from './meeting-write';

/**
 * The agenda in a new order until the meeting begins: items moved up or down here, then saved as
 * one write with every item once (`PUT …/agenda-order`); the numbers follow the order.
 */
export function AgendaOrderPanel({ items, write }: { items: AgendaItem[]; write: MeetingWrite }) {
  const { t } = useApp();
  const action = useAction();
  const [order, setOrder] = useState(items);
  const swap = (i: number, j: number) =>
    setOrder((o) => o.map((x, k) => (k === i ? o[j] : k === j ? o[i] : x)));
  return (
    <details class="card">
      <summary>{t('reorderAgenda')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => write('/agenda-order', { itemIds: order.map((i) => i.id) }, 'PUT'));
        }}
      >
        <ol data-testid="agenda-order">
          {order.map((item, i) => (
            <li key={item.id}>
              {item.title}{' '}
              <button type="button" class="link" disabled={i === 0} onClick={() => swap(i, i - 1)}>
                {t('moveItemUp', { title: item.title })}
              </button>{' '}
              <button
                type="button"
                class="link"
                disabled={i === order.length - 1}
                onClick={() => swap(i, i + 1)}
              >
                {t('moveItemDown', { title: item.title })}
              </button>
            </li>
          ))}
        </ol>
        <button type="submit" class="primary" disabled={action.busy}>
          {t('saveAgendaOrder')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
