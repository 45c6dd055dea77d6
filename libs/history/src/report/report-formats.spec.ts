import type { EvaluationReport } from './evaluation-report';
import { reportToCsv, reportToMarkdown } from './report-formats';

/** Only the parts the writers read; the figures are what a council could have typed. */
const report = {
  councilId: 'c1',
  period: { from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
  events: 3,
  hearings: {
    received: 1,
    medianDaysToSubmit: -2,
    inputs: {
      byOrganisation: [
        { organisation: '+SUM(1,2)', inputs: '=HYPERLINK("http://x")' },
        { organisation: '<img src=x onerror=alert(1)>', inputs: '@cmd' },
        { organisation: 'Tab', inputs: '\t=1+1' },
        { organisation: 'Cr', inputs: '\r-1+1' },
      ],
    },
  },
  budgetProposals: {},
  followUps: {},
  meetings: {},
  reminders: {},
  deadlines: {},
} as unknown as EvaluationReport;

describe('report exports of text a council typed', () => {
  it('neutralises CSV cells a spreadsheet would run as a formula', () => {
    const lines = reportToCsv(report).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `"hearings.inputs.byOrganisation[+SUM(1,2)].organisation","'+SUM(1,2)"`,
        `"hearings.inputs.byOrganisation[+SUM(1,2)].inputs","'=HYPERLINK(""http://x"")"`,
        `hearings.inputs.byOrganisation[<img src=x onerror=alert(1)>].inputs,'@cmd`,
        `hearings.inputs.byOrganisation[Tab].inputs,"'\t=1+1"`,
        `hearings.inputs.byOrganisation[Cr].inputs,"'\r-1+1"`,
        // A computed figure stays a number, even a negative one.
        'hearings.medianDaysToSubmit,-2',
      ]),
    );
  });

  it('escapes HTML in the Markdown export', () => {
    const md = reportToMarkdown(report);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives a table of years the columns of every year, not only the first', () => {
    const years = {
      ...report,
      perYear: {
        years: [
          { year: 2025, hearings: { byOrigin: {} } },
          { year: 2026, hearings: { byOrigin: { 'own-initiative': 1 } } },
        ],
      },
    } as unknown as EvaluationReport;
    const md = reportToMarkdown(years);
    expect(md).toContain('| year | hearings.byOrigin.own-initiative |');
    expect(md).toContain('| 2025 | – |');
    expect(md).toContain('| 2026 | 1 |');
  });
});
