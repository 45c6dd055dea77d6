// Bundles the web app into static files the API serves at `/` (issue 9). Plain ESM so
// `npm run build:web` needs nothing but esbuild; the browser suite calls `buildWeb()` itself.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = resolve(here, '../../dist/web');

/**
 * Issue 19, item 8: `app.js` and `styles.css` are renamed `app.<hash>.js` and `styles.<hash>.css`
 * by their content, and index.html names them so, so the server can let browsers keep them for a
 * year (a new build is a new name). `index.html` itself is never cached (serve-web-app.ts).
 */
function hashName(outDir, file) {
  const hash = createHash('sha256')
    .update(readFileSync(join(outDir, file)))
    .digest('hex')
    .slice(0, 12);
  const named = file.replace(/\.(js|css)$/, `.${hash}.$1`);
  renameSync(join(outDir, file), join(outDir, named));
  return named;
}

/**
 * `sourceMaps`: a linked source map for debugging (`npm run build:web -- --source-maps`, or
 * WEB_SOURCE_MAPS=1). Off by default, so a production build has no public map (issue 19, item 8).
 */
export async function buildWeb(
  outDir = DEFAULT_OUT_DIR,
  { sourceMaps = process.env.WEB_SOURCE_MAPS === '1' } = {},
) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(here, 'public'), outDir, { recursive: true });
  await build({
    entryPoints: [join(here, 'src/main.tsx')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: sourceMaps,
    format: 'iife',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(here, 'tsconfig.json'),
    logLevel: 'warning',
    legalComments: 'none',
  });
  // A map keeps its own name (the bundle's last line names it); only the bundle is renamed.
  const script = hashName(outDir, 'app.js');
  if (sourceMaps) {
    const bundle = join(outDir, script);
    writeFileSync(
      bundle,
      readFileSync(bundle, 'utf8').replace('sourceMappingURL=app.js.map', 'sourceMappingURL=/app.js.map'),
    );
  }
  const styles = hashName(outDir, 'styles.css');
  const index = join(outDir, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace('"/app.js"', `"/${script}"`).replace('"/styles.css"', `"/${styles}"`),
  );
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const out = await buildWeb(dir ? resolve(dir) : undefined, {
    sourceMaps: args.includes('--source-maps') || process.env.WEB_SOURCE_MAPS === '1',
  });
  console.log(`web app built into ${out}`);
}
