import { councilDeadlines } from './council.deadlines';
import { evolveCouncil, initialCouncilState, type CouncilState } from './council.state';
import type { CouncilEvent } from './council.events';

const fold = (events: CouncilEvent[]): CouncilState => events.reduce(evolveCouncil, initialCouncilState);
const created: CouncilEvent = {
  type: 'CouncilCreated',
  data: { councilId: 'c1', name: 'Rådet', timeZone: 'Europe/Copenhagen', reminderOffsets: ['P30D', 'P7D'] },
};
const term: CouncilEvent = {
  type: 'TermSet',
  data: { startsOn: '2024-01-01', endsOn: '2025-12-31', evaluationDueBy: '2025-10-31' },
};

describe('council deadlines (seed 001: the term and its evaluation)', () => {
  it('has none without a term', () => {
    expect(councilDeadlines(fold([created]), 'council-c1')).toEqual([]);
  });

  it('reminds the secretariat at each offset before the term ends and before the evaluation is due', () => {
    const deadlines = councilDeadlines(fold([created, term]), 'council-c1');
    // The term ends when 31 December is over in Copenhagen (23:00Z); the evaluation when 31 October is (summer time ended on the 26th).
    expect(deadlines.map((d) => [d.command.data.deadline, d.command.data.dueAt, d.dueAt])).toEqual([
      ['term-end', '2025-12-31T23:00:00.000Z', '2025-12-01T23:00:00.000Z'],
      ['term-end', '2025-12-31T23:00:00.000Z', '2025-12-24T23:00:00.000Z'],
      ['evaluation', '2025-10-31T23:00:00.000Z', '2025-10-01T23:00:00.000Z'],
      ['evaluation', '2025-10-31T23:00:00.000Z', '2025-10-24T23:00:00.000Z'],
    ]);
    expect(new Set(deadlines.map((d) => d.id)).size).toBe(4);
    expect(deadlines.every((d) => d.kind === 'reminder' && d.command.type === 'IssueCouncilReminders')).toBe(
      true,
    );
  });

  it('drops a reminder once issued, and a new term brings its own', () => {
    const [first] = councilDeadlines(fold([created, term]), 'council-c1');
    const issued: CouncilEvent = {
      type: 'RemindersIssued',
      data: {
        ...(first.command.data as {
          deadline: 'term-end';
          reminderId: string;
          dueAt: string;
          remindAt: string;
        }),
        recipients: ['anja'],
      },
    };
    expect(councilDeadlines(fold([created, term, issued]), 'council-c1')).toHaveLength(3);
    const continued: CouncilEvent = {
      type: 'TermSet',
      data: { startsOn: '2026-01-01', endsOn: '2026-12-31' },
    };
    const next = councilDeadlines(fold([created, term, issued, continued]), 'council-c1');
    expect(next.map((d) => d.command.data.dueAt)).toEqual([
      '2026-12-31T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ]);
  });
});
