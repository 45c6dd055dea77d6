import { MAX_JSON_DEPTH, verifyJsonDepth } from './json-depth';

const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('verifyJsonDepth', () => {
  it('accepts bodies up to the limit', () => {
    expect(() => verifyJsonDepth(null, null, Buffer.from(nested(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => verifyJsonDepth(null, null, Buffer.from('{"a":{"b":[1,2,{"c":"x"}]}}'))).not.toThrow();
  });
  it('refuses one level deeper with a 400', () => {
    expect(() => verifyJsonDepth(null, null, Buffer.from(nested(MAX_JSON_DEPTH + 1)))).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ text: `say \\" ${'['.repeat(100)}` });
    expect(() => verifyJsonDepth(null, null, Buffer.from(text))).not.toThrow();
  });
});
