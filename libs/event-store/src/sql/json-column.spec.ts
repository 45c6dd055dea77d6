import { jsonColumn } from './json-column';

describe('jsonColumn', () => {
  it('reads a jsonb value whether the driver parsed it (pg) or left it as text (PGlite)', () => {
    expect(jsonColumn({ a: [1] })).toEqual({ a: [1] });
    expect(jsonColumn('{"a":[1]}')).toEqual({ a: [1] });
  });
});
