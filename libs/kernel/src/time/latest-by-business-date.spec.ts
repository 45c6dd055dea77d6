import { latestByBusinessDate } from './latest-by-business-date';

describe('latestByBusinessDate', () => {
  // Seed 003: 150 bridgings so far; a report as of June entered after the one as of September.
  const reports = [
    { asOf: '2026-09-30', value: 150 },
    { asOf: '2026-06-30', value: 90 },
  ];
  it('takes the latest business date, not the last entered', () => {
    expect(latestByBusinessDate(reports, (r) => r.asOf)?.value).toBe(150);
  });
  it('between equal dates takes the one entered later, and passes over undated ones', () => {
    const corrected = [...reports, { asOf: '2026-09-30', value: 152 }, { asOf: 'soon', value: 999 }];
    expect(latestByBusinessDate(corrected, (r) => r.asOf)?.value).toBe(152);
    expect(latestByBusinessDate([], (r: { asOf: string }) => r.asOf)).toBeUndefined();
  });
});
