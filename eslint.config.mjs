import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The house (docs/architecture.md, "Shape"), enforced with eslint's own no-restricted-imports so
// the rule needs no plugin: libs never import apps; infrastructure libs know no feature lib; a
// feature reaches another feature only through what it exports (`@app/<lib>`, its src/index.ts).
// A feature may import one file of an infrastructure lib, and the CLI one file of any lib: the
// barrels load Nest, which `verify`, `export` and `token` must not pay for (docs/evaluator-guide.md).
// Tests may reach inside a lib; production code never uses a lib's `testing/` helpers. The
// composition root (libs/composition: the app module and its configuration) imports every lib and
// no lib imports it; apps import it, never each other.
const infrastructureLibs = ['kernel', 'event-store', 'scheduling', 'access'];
const featureLibs = [
  'councils',
  'hearings',
  'notifications',
  'event-sentences',
  'budget',
  'follow-ups',
  'history',
];
// A lib in neither list (nor the composition root) would escape every boundary: refuse to lint then.
const unplaced = readdirSync(new URL('./libs', import.meta.url)).filter(
  (lib) => ![...infrastructureLibs, ...featureLibs, 'composition'].includes(lib),
);
if (unplaced.length) throw new Error(`eslint.config.mjs: place ${unplaced.join(', ')} among the libs`);
const testFiles = ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/testing/**'];
const noApps = {
  group: ['**/apps/**', 'apps/**'],
  message: 'A lib never imports an app: apps wire libs together (docs/architecture.md).',
};
// A relative path through a `src/` or `test/` folder has left its own lib or app for another's.
const noRelativeIntoOthers = {
  regex: '^\\.\\.?/(.*/)?(src|test)(/|$)',
  message: 'Reach another lib through its alias (`@app/<lib>`), never by a relative path into its folder.',
};
const featuresThroughTheirIndex = {
  group: featureLibs.map((lib) => `@app/${lib}/**`),
  message:
    'Import a feature lib through what it exports, `@app/<lib>` (its src/index.ts), not a path inside it.',
};
const onlyWhatALibExports = {
  group: ['@app/*/**'],
  message: 'Import a lib through what it exports, `@app/<lib>` (its src/index.ts), not a path inside it.',
};
const noTestingHelpers = {
  group: ['@app/*/testing', '@app/*/testing/**'],
  message: "Production code never uses a lib's testing helpers.",
};
const noCompositionRoot = {
  group: ['@app/composition', '@app/composition/**'],
  message: 'Only apps import the composition root: a lib that needs a part of it takes it as a parameter.',
};
const noFeatures = {
  group: featureLibs.flatMap((lib) => [`@app/${lib}`, `@app/${lib}/**`]),
  message: 'Infrastructure libs (kernel, event-store, scheduling, access) know no feature lib.',
};
// Later blocks replace the rule's options for the files they match, so each block lists all of its patterns.
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const infrastructure = infrastructureLibs.map((lib) => `libs/${lib}/**/*.ts`);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'apps/web/dist/**',
      'test/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: restrict(
      noApps,
      noRelativeIntoOthers,
      featuresThroughTheirIndex,
      noTestingHelpers,
      noCompositionRoot,
    ),
  },
  {
    files: testFiles.map((glob) => `libs/${glob}`),
    rules: restrict(noApps, noRelativeIntoOthers, noCompositionRoot),
  },
  {
    files: ['libs/composition/**/*.ts'],
    rules: restrict(noApps, noRelativeIntoOthers, featuresThroughTheirIndex, noTestingHelpers),
  },
  {
    files: infrastructure,
    rules: restrict(noApps, noRelativeIntoOthers, noFeatures, noTestingHelpers, noCompositionRoot),
  },
  {
    files: testFiles.flatMap((glob) => infrastructureLibs.map((lib) => `libs/${lib}/${glob}`)),
    rules: restrict(noApps, noRelativeIntoOthers, noFeatures, noCompositionRoot),
  },
  {
    files: ['apps/{api,worker}/**/*.ts'],
    ignores: testFiles,
    rules: restrict(noRelativeIntoOthers, onlyWhatALibExports),
  },
  {
    files: ['apps/cli/**/*.ts'],
    ignores: testFiles,
    rules: restrict(noRelativeIntoOthers, noTestingHelpers),
  },
  {
    // Build scripts and config files run in Node as plain JavaScript.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
