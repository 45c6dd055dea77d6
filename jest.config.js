// One runner for everything: decider specs and adapter suites sit next to their code
// (`*.spec.ts`), end-to-end suites under `test/` (`*.e2e-spec.ts`). ts-jest only transpiles
// (`isolatedModules` in tsconfig.json); `npm run lint` type checks once instead of per test file.
// Every lib once, from tsconfig.json's `@app/<lib>` paths (the build resolves the same ones).
const { compilerOptions } = require('./tsconfig.json');
const libs = Object.keys(compilerOptions.paths)
  .filter((alias) => !alias.endsWith('/*'))
  .map((alias) => alias.slice('@app/'.length));
const moduleNameMapper = {};
for (const lib of libs) moduleNameMapper[`^@app/${lib}(|/.*)$`] = `<rootDir>/libs/${lib}/src$1`;

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  maxWorkers: 2,
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/global-setup.js',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
