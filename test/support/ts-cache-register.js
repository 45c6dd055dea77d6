/**
 * A require hook for child processes of the fault suites: TypeScript transpiled per file, as
 * ts-node's transpile-only mode does (decorator metadata included), but cached on disk by content,
 * so the second start of the app skips loading the compiler. On a busy 2-core machine this turns
 * a 15-30 s start into a few seconds, which is what lets a suite kill and restart the app often.
 */
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync, renameSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const cacheDir = process.env.TS_CACHE_DIR || join(tmpdir(), 'council-ts-cache');
mkdirSync(cacheDir, { recursive: true });

// tsconfig.json's options that change the emitted code.
const compilerOptions = {
  module: 1 /* CommonJS */,
  target: 9 /* ES2022 */,
  emitDecoratorMetadata: true,
  experimentalDecorators: true,
  esModuleInterop: true,
  allowSyntheticDefaultImports: true,
  isolatedModules: true,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: false,
};

let ts;
function transpile(source, filename) {
  ts = ts || require('typescript');
  return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  let code;
  try {
    code = readFileSync(cached, 'utf8');
  } catch {
    code = transpile(source, filename);
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, cached);
  }
  module._compile(code, filename);
};
