// `npm run cli -- <command> [args]` (issue 22): runs the CLI from the build, which starts in a
// fraction of a second, instead of compiling TypeScript on every start. When the build is missing
// or older than any source (a fresh clone, a `git pull`), it compiles first, once, saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'dist/apps/cli/src/main.js');
// Written after a build this script made or checked; its time is the build's.
const STAMP = join(ROOT, 'dist/.cli-build-stamp');

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'apps'));
  walk(join(ROOT, 'libs'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) {
    newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  }
  return newest;
}

function built() {
  if (!existsSync(MAIN)) return 0;
  return existsSync(STAMP) ? statSync(STAMP).mtimeMs : statSync(MAIN).mtimeMs;
}

// Without sources (an image that ships only dist/) the build is all there is.
const hasSources = existsSync(join(ROOT, 'apps')) && existsSync(join(ROOT, 'node_modules/.bin/tsc'));
if (hasSources && built() < newestSource()) {
  process.stderr.write('building the CLI (dist/ is missing or older than the sources)…\n');
  const bin = (name) => join(ROOT, 'node_modules/.bin', name);
  for (const [tool, args] of [
    [bin('tsc'), ['-p', 'tsconfig.build.json']],
    [bin('tsc-alias'), ['-p', 'tsconfig.build.json']],
  ]) {
    const run = spawnSync(tool, args, { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

await import(pathToFileURL(MAIN).href);
