import { matchCaseRoute } from './case-route';

describe('matchCaseRoute', () => {
  it("matches a feature's GET of one case, whatever its id parameter is called", () => {
    expect(matchCaseRoute('/api/councils/:councilId/hearings/:hearingId')).toEqual({
      kind: 'hearings',
      idParam: 'hearingId',
    });
    expect(matchCaseRoute('/api/councils/:councilId/budget-proposals/:id')).toEqual({
      kind: 'budget-proposals',
      idParam: 'id',
    });
  });

  it('matches the council itself', () => {
    expect(matchCaseRoute('/api/councils/:councilId')).toEqual({ kind: 'councils', idParam: 'councilId' });
  });

  it('leaves lists, sub-resources and literal routes alone', () => {
    for (const path of [
      '/api/councils/:councilId/hearings',
      '/api/councils/:councilId/hearings/:hearingId/history',
      '/api/councils/:councilId/hearings/open',
      '/api/councils/:councilId/members',
      '/api/councils',
      undefined,
    ]) {
      expect(matchCaseRoute(path)).toBeUndefined();
    }
  });
});
