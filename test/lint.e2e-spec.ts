import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm test` runs the lint: eslint over the whole repository (`npm run lint` adds the type check and
 * prettier), and the house's import boundaries (docs/architecture.md, "Shape") are shown to refuse
 * what they should, so a config that stops matching fails here rather than passing silently.
 */
const root = join(__dirname, '..');
const probes = [
  { filePath: 'libs/kernel/src/probe.ts', text: "export { X } from '@app/hearings';\n" },
  {
    filePath: 'libs/scheduling/src/probe.ts',
    text: "export { X } from '@app/history/timeline/timeline.service';\n",
  },
  {
    filePath: 'libs/budget/src/probe.ts',
    text: "export { X } from '@app/hearings/domain/hearing.events';\n",
  },
  {
    filePath: 'libs/budget/src/probe.ts',
    text: "export { X } from '../../hearings/src/domain/hearing.events';\n",
  },
  { filePath: 'libs/budget/src/probe.ts', text: "export { X } from '../../../apps/api/src/app.module';\n" },
  {
    filePath: 'libs/budget/src/probe.spec.ts',
    text: "export { X } from '../../../test/support/test-app';\n",
  },
  { filePath: 'apps/api/src/probe.ts', text: "export { X } from '@app/history/testing/test-scenario';\n" },
  { filePath: 'apps/cli/src/probe.ts', text: "export { X } from '@app/history/testing/test-scenario';\n" },
  { filePath: 'libs/history/src/probe.ts', text: "export { X } from '@app/budget/testing/cycle.fixture';\n" },
  { filePath: 'apps/worker/src/probe.ts', text: "export { X } from '../../api/src/bootstrap';\n" },
  { filePath: 'apps/cli/src/probe.ts', text: "export { X } from '../../api/src/bootstrap';\n" },
  { filePath: 'libs/hearings/src/probe.ts', text: "export { X } from '@app/composition';\n" },
  // allowed: a feature through another's index, a test inside a lib, a file of its own lib, one file
  // of an infrastructure lib from a feature and of any lib from the CLI (which must not load Nest)
  { filePath: 'libs/budget/src/probe.ts', text: "export { X } from '@app/hearings';\n" },
  {
    filePath: 'libs/history/src/probe.spec.ts',
    text: "export { X } from '@app/event-store/testing/test-events';\n",
  },
  {
    filePath: 'libs/budget/src/proposal/probe.ts',
    text: "export { X } from '../cycle/budget-cycle.events';\n",
  },
  {
    filePath: 'libs/history/src/probe.ts',
    text: "export { X } from '@app/event-store/port/event-store.port';\n",
  },
  { filePath: 'apps/cli/src/probe.ts', text: "export { X } from '@app/history/verify/seal';\n" },
  { filePath: 'apps/worker/src/probe.ts', text: "export { X } from '@app/composition';\n" },
];

const lint = () =>
  new Promise<{ errors: string[]; probes: string[][] }>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(root, 'scripts/lint/lint-house.mjs')],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(JSON.stringify(probes));
  });

describe('lint', () => {
  let answer: { errors: string[]; probes: string[][] };
  beforeAll(async () => {
    answer = await lint();
  }, 180_000);

  it('finds no error in the repository', () => {
    expect(answer.errors).toEqual([]);
  });

  it('refuses imports across the house boundaries and allows the rest', () => {
    const refused = answer.probes.map((rules) => rules.includes('no-restricted-imports'));
    expect(refused).toEqual([
      ...[true, true, true, true, true, true, true, true, true, true, true, true],
      ...[false, false, false, false, false, false],
    ]);
  });
});
