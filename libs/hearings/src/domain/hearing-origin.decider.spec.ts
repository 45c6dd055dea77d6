/**
 * Issue 18.4. Seed 001: the council is to be involved "gerne forud for formelle høringsprocesser",
 * may be invited by the committees, and speaks on its own initiative; seed 004: its work tends to
 * centre on central Copenhagen, so a case says which areas or municipalities it concerns.
 */
import { InvalidInputError } from '@app/kernel';
import type { OpenHearing } from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import { hearingView } from './hearing.view';
import { RESPONSE_DEADLINE, cmd, council, opened, secretary, spec } from './hearing.fixtures';

const open = (data: Partial<OpenHearing['data']>) =>
  cmd<OpenHearing>(
    'OpenHearing',
    {
      hearingId: 'h1',
      title: opened.data.title,
      issuingBody: 'Region Hovedstaden',
      material: [{ title: 'Samarbejdsaftaler', url: 'https://example.org/aftaler.pdf' }],
      responseDeadline: RESPONSE_DEADLINE,
      council,
      ...data,
    },
    secretary,
  );
const openedWith = (data: object): HearingEvent =>
  ({ ...opened, data: { ...opened.data, ...data } }) as HearingEvent;

describe('a hearing’s origin and areas (issue 18.4)', () => {
  it('records an involvement before the formal hearing and a committee’s invitation as such', () => {
    spec
      .given([])
      .when(open({ origin: 'early-involvement' }))
      .then([openedWith({ origin: 'early-involvement' })]);
    spec
      .given([])
      .when(open({ origin: 'committee-invitation' }))
      .then([openedWith({ origin: 'committee-invitation' })]);
  });
  it('records a statement on the council’s own initiative with its recipient', () => {
    const data = { origin: 'own-initiative' as const, recipient: 'Psykiatri- og socialudvalget' };
    spec
      .given([])
      .when(open(data))
      .then([openedWith(data)]);
    const view = hearingView(spec.given([openedWith(data)]).state(), 'h1');
    expect(view).toMatchObject({ origin: 'own-initiative', recipient: 'Psykiatri- og socialudvalget' });
  });
  it('refuses own initiative without a recipient, and a recipient on anything else (400)', () => {
    spec
      .given([])
      .when(open({ origin: 'own-initiative' }))
      .thenThrows(InvalidInputError, /needs its recipient/);
    spec
      .given([])
      .when(open({ recipient: 'Regionsrådet' }))
      .thenThrows(InvalidInputError, /recipient is for a statement/);
    spec
      .given([])
      .when(open({ origin: 'rumour' as 'own-initiative', recipient: 'x' }))
      .thenThrows(InvalidInputError, /origin must be one of/);
  });
  it('seed 004: tags the case with the areas it concerns, each once', () => {
    spec
      .given([])
      .when(open({ areas: ['Københavns Kommune', 'indre by', 'Københavns Kommune'] }))
      .then([openedWith({ areas: ['Københavns Kommune', 'indre by'] })]);
  });
  it('reads a hearing opened before origins existed as a formal hearing with no areas', () => {
    expect(hearingView(spec.given([opened]).state(), 'h1')).toMatchObject({
      origin: 'formal-hearing',
      areas: [],
    });
  });
});
