/**
 * The multi-process suites' hearings: each opened with an input deadline and one reminder before
 * it; anna gives input to every other one, so its reminder goes to bo alone and the others' to
 * both members. Read back straight from the shared PostgreSQL schema.
 */
import { caseStreamId } from '@app/kernel';
import type { Client } from 'pg';
import { eventually } from './eventually';
import { bearer, call } from './process-harness';

const iso = (ms: number) => new Date(ms).toISOString();

/** `logs`: the processes' recent output, put into a refusal's message so a CI failure says why. */
export function hearingBurst(pg: Client, schema: string, councilId: string, logs: () => string = () => '') {
  const hearingsPath = `/api/councils/${councilId}/hearings`;
  const secretary = bearer({ personId: 'sofie', role: 'secretary', councilId });
  const anna = bearer({ personId: 'anna', role: 'member', councilId });

  const eventsOf = async (streamId: string) =>
    (
      await pg.query<{ type: string; data: Record<string, unknown> }>(
        `SELECT type, data FROM "${schema}".events WHERE stream_id = $1 ORDER BY revision`,
        [streamId],
      )
    ).rows;

  return {
    hearingsPath,
    secretary,
    eventsOf,

    /** Opens hearing `id` through `url`; with `annaVia`, anna gives input through that process. */
    async open(url: string, id: string, inputDeadlineMs: number, remindBeforeS: number, annaVia?: string) {
      const opened = await call(`${url}${hearingsPath}`, {
        method: 'POST',
        headers: secretary,
        body: {
          id,
          title: `Høring ${id}`,
          issuingBody: 'Region Hovedstaden',
          responseDeadline: iso(inputDeadlineMs + 600_000),
          inputDeadline: iso(inputDeadlineMs),
          reminderOffsets: [`PT${remindBeforeS}S`],
        },
      });
      if (opened.status !== 201)
        throw new Error(
          `opening ${id}: ${opened.status} ${JSON.stringify(opened.body)}\n${logs().slice(-4000)}`,
        );
      if (annaVia === undefined) return;
      const given = await call(`${annaVia}${hearingsPath}/${id}/inputs`, {
        method: 'POST',
        headers: anna,
        body: { text: `Input til ${id}` },
      });
      if (given.status !== 200)
        throw new Error(
          `input to ${id}: ${given.status} ${JSON.stringify(given.body)}\n${logs().slice(-4000)}`,
        );
    },

    /**
     * Every hearing reminded exactly once (only who has no input), then its deadline passed once;
     * `timeoutMs` counts from now, so a caller whose deadline is further ahead gives it more.
     */
    async expectRemindedOnce(ids: string[], timeoutMs = 40_000) {
      await eventually(
        async () => {
          for (const id of ids)
            if (
              !(await eventsOf(caseStreamId('hearing', councilId, id))).some(
                (e) => e.type === 'InputDeadlinePassed',
              )
            )
              return false;
          return true;
        },
        { timeoutMs, intervalMs: 250, what: 'every input deadline to pass' },
      );
      for (const [i, id] of ids.entries()) {
        const events = await eventsOf(caseStreamId('hearing', councilId, id));
        const reminders = events.filter((e) => e.type === 'RemindersIssued');
        expect({ id, reminders: reminders.map((e) => [e.data.deadline, e.data.recipients]) }).toEqual({
          id,
          reminders: [['input', i % 2 === 0 ? ['bo'] : ['anna', 'bo']]],
        });
        expect(events.filter((e) => e.type === 'InputDeadlinePassed')).toHaveLength(1);
      }
    },
  };
}
