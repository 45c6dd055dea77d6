import type { AgendaItem, WriteAnswer } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { FollowUpsOfCase } from '../follow-ups/new-follow-up.form';

/** A decided item is followed up (seed 003: "opfølgning på beslutninger"): what came of it, and a new one. */
export function ItemFollowUps({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const { t, api, councilPath } = useApp();
  return (
    <FollowUpsOfCase
      idPrefix={`item-${item.id}-`}
      implementsId={meetingId}
      itemId={item.id}
      label={t('createItemFollowUp', { title: item.title })}
      hint={t('createCaseFollowUpHint')}
      defaultTitle={item.title}
      create={(plan) =>
        api.json<WriteAnswer>(councilPath('/follow-ups'), {
          method: 'POST',
          body: { ...plan, implements: { kind: 'meeting-item', id: meetingId, itemId: item.id } },
        })
      }
    />
  );
}
