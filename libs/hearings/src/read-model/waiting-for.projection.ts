import { Injectable } from '@nestjs/common';
import type { Projection, SqlClient, StoredEvent } from '@app/event-store';
import { parseStreamId } from '@app/kernel';
import { HEARING_CATEGORY } from '../bus/hearing.category';
import type { HearingEvent } from '../domain/hearing.events';

/** What a person owes a hearing: her input, her approval of the draft, or (the chair's) the sign-off. */
export const WAITING_WHATS = ['input', 'approval', 'sign-off'] as const;
export type WaitingWhat = (typeof WAITING_WHATS)[number];

/**
 * The holder of a sign-off row: whoever holds the chair when it is read, resolved from the
 * council's record then, so a chair elected while a draft waits sees it and the one who stepped
 * down does not (seed 000: Kira stepped down, Ivan was elected). No person id can take this
 * value: ids start with a letter or a digit (kernel `id.rule.ts`).
 */
export const CHAIR_HOLDER = '@chair';

export interface WaitingRow {
  kind: 'hearing';
  caseId: string;
  title: string;
  what: WaitingWhat;
  /** Null for an own-initiative statement opened without a deadline. */
  dueAt: string | null;
}

/**
 * "Waiting for me" (issue 14, item 4): one row per (council, person, hearing, what) a person owes,
 * written from each event's own data by SQL alone (no fold, nothing kept in memory that a rolled-back
 * append could leave wrong). `waiting_case` is the model's memory of each open hearing (title,
 * deadlines, whether it takes input) for events that do not carry it: an invitation, an approval
 * request. A row is owed while `asked AND NOT answered`:
 *
 * - input: inserted for each invited member (at opening, or invited later); gone once she has
 *   given input, even if she withdraws it later (a withdrawal is her answer: the page never asked
 *   again); asked only while the hearing is open or drafting, as the page showed it (once the draft
 *   went for approval she is asked for that, and a new draft asks again for what is missing);
 * - approval: one per member the current draft was sent to; an answer marks it answered rather
 *   than deleting it, because asking again for the same draft (a moved approval deadline, a
 *   changed membership) keeps the answers given (`evolveHearing`); a new draft starts afresh;
 * - sign-off: one per hearing, held by the chair's office, from the approval request until the
 *   chair signs off or a new draft is written.
 *
 * A submitted, declined or lapsed hearing owes nothing: its rows go.
 */
@Injectable()
export class WaitingForProjection implements Projection {
  readonly name = 'waiting-for';
  /** Read on the member's first page right after each write: written in the append's transaction. */
  readonly inline = true;

  async setup(tx: SqlClient): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS waiting_case (
      stream_id text PRIMARY KEY,
      council_id text,
      case_id text NOT NULL,
      title text NOT NULL,
      takes_input boolean NOT NULL,
      input_deadline timestamptz,
      response_deadline timestamptz
    )`);
    await tx.query(`CREATE TABLE IF NOT EXISTS waiting_for (
      stream_id text NOT NULL,
      holder text NOT NULL,
      what text NOT NULL,
      council_id text,
      case_kind text NOT NULL,
      case_id text NOT NULL,
      title text NOT NULL,
      due_at timestamptz,
      draft_version integer,
      asked boolean NOT NULL,
      answered boolean NOT NULL DEFAULT false,
      PRIMARY KEY (stream_id, holder, what)
    )`);
    await tx.query(
      `CREATE INDEX IF NOT EXISTS waiting_for_owed ON waiting_for (council_id, holder, due_at)
        WHERE asked AND NOT answered`,
    );
  }

  async apply(tx: SqlClient, stored: StoredEvent): Promise<void> {
    const { category, id } = parseStreamId(stored.streamId);
    if (category !== HEARING_CATEGORY) return;
    const event = { type: stored.type, data: stored.data } as HearingEvent;
    const stream = stored.streamId;
    switch (event.type) {
      case 'HearingOpened': {
        const d = event.data;
        // A retried opening finds its case and inserts no second set of rows.
        await tx.query(
          `WITH opened AS (
             INSERT INTO waiting_case (stream_id, council_id, case_id, title, takes_input, input_deadline, response_deadline)
             VALUES ($1, $2, $3, $4, true, $5, $6) ON CONFLICT (stream_id) DO NOTHING
             RETURNING *)
           INSERT INTO waiting_for (stream_id, holder, what, council_id, case_kind, case_id, title, due_at, asked)
           SELECT o.stream_id, p, 'input', o.council_id, 'hearing', o.case_id, o.title, o.input_deadline, true
             FROM opened o, unnest($7::text[]) AS p
           ON CONFLICT DO NOTHING`,
          [
            stream,
            d.councilId ?? stored.metadata.councilId ?? null,
            id,
            d.title,
            d.inputDeadline,
            d.responseDeadline,
            d.invited,
          ],
        );
        return;
      }
      case 'HearingMembersInvited':
        await tx.query(
          `INSERT INTO waiting_for (stream_id, holder, what, council_id, case_kind, case_id, title, due_at, asked)
           SELECT c.stream_id, p, 'input', c.council_id, 'hearing', c.case_id, c.title, c.input_deadline, c.takes_input
             FROM waiting_case c, unnest($2::text[]) AS p
            WHERE c.stream_id = $1
           ON CONFLICT DO NOTHING`,
          [stream, event.data.personIds],
        );
        return;
      case 'HearingInputSubmitted':
        // Given by her or recorded on her behalf: either way it is hers, and owed no more.
        await tx.query(`DELETE FROM waiting_for WHERE stream_id = $1 AND holder = $2 AND what = 'input'`, [
          stream,
          event.data.personId,
        ]);
        return;
      case 'HearingResponseDrafted':
        // A new draft needs its own approval and sign-off, and the hearing takes input again.
        await this.takesInput(tx, stream, true);
        await tx.query(`DELETE FROM waiting_for WHERE stream_id = $1 AND what IN ('approval', 'sign-off')`, [
          stream,
        ]);
        return;
      case 'HearingApprovalRequested': {
        const d = event.data;
        await this.takesInput(tx, stream, false);
        // Another draft's round is over; asking again for this draft keeps the answers given.
        await tx.query(
          `DELETE FROM waiting_for WHERE stream_id = $1 AND what = 'approval' AND draft_version <> $2`,
          [stream, d.draftVersion],
        );
        await tx.query(
          `UPDATE waiting_for SET asked = (holder = ANY($2::text[])), due_at = $3
            WHERE stream_id = $1 AND what = 'approval'`,
          [stream, d.requestedFrom, d.approvalDeadline],
        );
        await tx.query(
          `INSERT INTO waiting_for (stream_id, holder, what, council_id, case_kind, case_id, title, due_at, draft_version, asked)
           SELECT c.stream_id, p, 'approval', c.council_id, 'hearing', c.case_id, c.title, $3::timestamptz, $4::integer, true
             FROM waiting_case c, unnest($2::text[]) AS p
            WHERE c.stream_id = $1
           UNION ALL
           SELECT c.stream_id, $5::text, 'sign-off', c.council_id, 'hearing', c.case_id, c.title, c.response_deadline, $4::integer, true
             FROM waiting_case c
            WHERE c.stream_id = $1
           ON CONFLICT DO NOTHING`,
          [stream, d.requestedFrom, d.approvalDeadline, d.draftVersion, CHAIR_HOLDER],
        );
        return;
      }
      case 'HearingApprovalAnswered':
        await tx.query(
          `UPDATE waiting_for SET answered = true WHERE stream_id = $1 AND holder = $2 AND what = 'approval'`,
          [stream, event.data.personId],
        );
        return;
      case 'HearingResponseSignedOff':
        // Signed off (with or without an approval round): nothing more to approve or sign.
        await this.takesInput(tx, stream, false);
        await tx.query(`DELETE FROM waiting_for WHERE stream_id = $1 AND what IN ('approval', 'sign-off')`, [
          stream,
        ]);
        return;
      case 'HearingDeadlineExtended':
        await tx.query(
          `UPDATE waiting_case SET input_deadline = $2, response_deadline = $3 WHERE stream_id = $1`,
          [stream, event.data.inputDeadline, event.data.responseDeadline],
        );
        await tx.query(
          `UPDATE waiting_for SET due_at = CASE what WHEN 'input' THEN $2::timestamptz ELSE $3::timestamptz END
            WHERE stream_id = $1 AND what IN ('input', 'sign-off')`,
          [stream, event.data.inputDeadline, event.data.responseDeadline],
        );
        return;
      // Issue 18.3: a hearing carried over to a successor, like a closed one, owes nothing here.
      case 'HearingResponseSubmitted':
      case 'HearingDeclined':
      case 'HearingLapsed':
      case 'CaseCarriedOver':
        await tx.query(`DELETE FROM waiting_for WHERE stream_id = $1`, [stream]);
        await tx.query(`DELETE FROM waiting_case WHERE stream_id = $1`, [stream]);
        return;
      default:
        // Revised or withdrawn input, deadlines recorded as passed, reminders: nothing owed changes.
        return;
    }
  }

  async reset(tx: SqlClient): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS waiting_for`);
    await tx.query(`DROP TABLE IF EXISTS waiting_case`);
  }

  /** The page asked for input while the hearing is open or drafting, not while a draft awaits approval. */
  private async takesInput(tx: SqlClient, stream: string, takes: boolean): Promise<void> {
    await tx.query(`UPDATE waiting_case SET takes_input = $2 WHERE stream_id = $1`, [stream, takes]);
    await tx.query(`UPDATE waiting_for SET asked = $2 WHERE stream_id = $1 AND what = 'input'`, [
      stream,
      takes,
    ]);
  }
}

/**
 * What `personId` owes in the council, soonest first; `holdsChair` (from the council's record at
 * the time of reading) adds the sign-offs waiting for the chair.
 */
export async function listWaitingFor(
  sql: Pick<SqlClient, 'query'>,
  councilId: string,
  personId: string,
  holdsChair: boolean,
): Promise<WaitingRow[]> {
  const { rows } = await sql.query<{
    case_id: string;
    title: string;
    what: WaitingWhat;
    due_at: Date | string | null;
  }>(
    `SELECT case_id, title, what, due_at FROM waiting_for
      WHERE council_id = $1 AND asked AND NOT answered
        AND (holder = $2 OR ($3 AND holder = $4))
      ORDER BY due_at NULLS LAST, case_id, what`,
    [councilId, personId, holdsChair, CHAIR_HOLDER],
  );
  return rows.map((r) => ({
    kind: 'hearing' as const,
    caseId: r.case_id,
    title: r.title,
    what: r.what,
    // An own-initiative statement may have no deadline (docs/term.md): nothing is due by then.
    dueAt: r.due_at === null ? null : new Date(r.due_at).toISOString(),
  }));
}
