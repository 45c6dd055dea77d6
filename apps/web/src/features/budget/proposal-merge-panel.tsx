import { useState } from 'preact/hooks';
import type { Proposal, ProposalListItem } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { asRead } from '../../ui/case-write';
import { CheckList } from '../../ui/fields';
import { href } from '../../ui/router';
import { ActionStatus } from '../../ui/status';
import { useAction, useAsync } from '../../ui/use-async';

/** A proposal merged, decided or withdrawn is no longer one to merge (the decider's rule). */
const CLOSED = ['decided', 'withdrawn', 'merged'];

/**
 * Seed 002 was "sammenlagt" from two proposals: this proposal replaces the ones chosen, of its own
 * budget cycle and still open, and each of them ends as merged into it (`POST …/merge`).
 */
export function MergePanel({ proposal, path, reload }: { proposal: Proposal; path: string; reload(): void }) {
  const { t, api, councilPath } = useApp();
  const others = useAsync(
    () =>
      api
        .json<ProposalListItem[]>(councilPath('/budget-proposals'))
        .then((list) =>
          list.filter(
            (p) => p.id !== proposal.id && p.cycleId === proposal.cycleId && !CLOSED.includes(p.status),
          ),
        ),
    [api, proposal.id],
  );
  const [replaces, setReplaces] = useState<string[]>([]);
  const action = useAction();
  if (!others.data?.length) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (
      await action.run(() =>
        api.json(`${path}/merge`, { method: 'POST', body: { replaces }, ...asRead(path, proposal.revision) }),
      )
    )
      reload();
  };
  return (
    <details class="card">
      <summary>{t('mergeProposals')}</summary>
      <form onSubmit={submit}>
        <p class="muted small">{t('mergeHint')}</p>
        <CheckList
          legend={t('mergeWhich')}
          options={others.data.map((p): [string, string] => [
            p.id,
            `${p.title} (${word(t, 'status', p.status)})`,
          ])}
          value={replaces}
          onValue={setReplaces}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('mergeProposals')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}

/** Which proposals were merged into this one, or which one it was merged into, as links. */
export function MergedFacts({ proposal }: { proposal: Proposal }) {
  const { t, api, councilPath } = useApp();
  const ids = [...proposal.mergedFrom, ...(proposal.mergedInto ? [proposal.mergedInto.into] : [])];
  const list = useAsync(
    () => (ids.length ? api.json<ProposalListItem[]>(councilPath('/budget-proposals')) : Promise.resolve([])),
    [api, ids.join()],
  );
  if (!ids.length) return null;
  const link = (id: string) => (
    <a key={id} href={href('proposals', id)}>
      {list.data?.find((p) => p.id === id)?.title ?? id}
    </a>
  );
  return (
    <p data-testid="merged-facts">
      {proposal.mergedInto ? (
        <>
          {t('mergedInto')} {link(proposal.mergedInto.into)}
        </>
      ) : (
        <>
          {t('mergedFrom')}{' '}
          {proposal.mergedFrom.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              {link(id)}
            </span>
          ))}
        </>
      )}
    </p>
  );
}
