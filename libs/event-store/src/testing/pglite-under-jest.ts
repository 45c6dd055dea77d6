/**
 * PGlite's Emscripten loader calls `import()`, which jest's CommonJS sandbox only allows under
 * `NODE_OPTIONS=--experimental-vm-modules`; without it the worker crashes with an obscure error.
 * Fail with the fix in the message instead.
 */
export function assertPgliteCanLoad(): void {
  const flags = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  if (!flags.includes('--experimental-vm-modules')) {
    throw new Error(
      'PGlite needs NODE_OPTIONS=--experimental-vm-modules under jest (its loader uses import()); run `NODE_OPTIONS=--experimental-vm-modules npx jest`',
    );
  }
}
