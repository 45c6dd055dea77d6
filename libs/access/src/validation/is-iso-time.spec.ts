import { validateSync } from 'class-validator';
import { IsIsoTime } from './is-iso-time';

class Body {
  @IsIsoTime()
  at!: string;
}

const errorsFor = (at: unknown) =>
  validateSync(Object.assign(new Body(), { at })).map((e) => e.constraints ?? {});

describe('IsIsoTime', () => {
  it.each(['2022-03-30T15:00:00+02:00', '2022-03-30T13:00:00.000Z', '2022-03-30T15:00:00+0200'])(
    'accepts %s',
    (at) => {
      expect(errorsFor(at)).toEqual([]);
    },
  );

  it.each(['2022-03-30T15:00:00', '2022-03-30', 'tomorrow', 42])('refuses %s', (at) => {
    expect(errorsFor(at)).not.toEqual([]);
  });

  it('says which field and why', () => {
    expect(errorsFor('2022-03-30T15:00:00')).toEqual([
      { matches: 'at must be an ISO 8601 time with an offset' },
    ]);
  });
});
