/** Deeper than any body this API accepts (the deepest DTO nests three levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * body-parser's `verify` hook: refuses a JSON body nested deeper than MAX_JSON_DEPTH before it
 * is parsed, so a crafted body cannot make the parser or the validators recurse without end.
 * A linear scan of the raw bytes that skips string contents.
 */
export function verifyJsonDepth(_req: unknown, _res: unknown, body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`), {
          status: 400,
          type: 'entity.too.deep',
        });
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}
