// Lints the repository with its own eslint.config.mjs through eslint's Node API and, for each probe
// given as JSON on stdin ({ filePath, text }), lints that text as if it lived at that path. Prints
// one JSON answer: the repository's errors and each probe's rule ids. The boundaries test runs it
// in a child process because eslint loads its flat config by dynamic import, which jest's module
// system does not run. The cache is content-keyed and keyed on the config, so a warm run checks only
// changed files.
import { ESLint } from 'eslint';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const readStdin = async () => {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text ? JSON.parse(text) : [];
};

const probes = await readStdin();
const eslint = new ESLint({
  cache: true,
  cacheLocation: join(tmpdir(), 'council-engine-eslint-cache', process.cwd().replace(/[^a-z0-9]+/gi, '-')),
  cacheStrategy: 'content',
});
const results = await eslint.lintFiles(['.']);
const errors = results.flatMap((result) =>
  result.messages
    .filter((message) => message.severity === 2)
    .map((message) => `${result.filePath}:${message.line} ${message.ruleId}: ${message.message}`),
);
const probed = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.text, { filePath: probe.filePath });
  probed.push((result?.messages ?? []).map((message) => message.ruleId));
}
process.stdout.write(JSON.stringify({ errors, probes: probed }));
