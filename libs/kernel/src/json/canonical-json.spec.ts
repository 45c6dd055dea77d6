import { canonicalJson, sameJson } from './canonical-json';

describe('sameJson', () => {
  it('ignores key order (jsonb reorders keys) but not values, array order or undefined-vs-missing', () => {
    expect(sameJson({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members, so the hash chain survives jsonb', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"f":1}]},"b":1}',
    );
    expect(canonicalJson(undefined)).toBe('null');
  });
});
