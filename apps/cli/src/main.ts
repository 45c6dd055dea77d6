import { COMMANDS } from './commands/registry';

/** `npm run cli -- <command> [args]`. Each command prints its result; errors exit 1 with a message. */
async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const list = Object.entries(COMMANDS)
      .map(([n, c]) => `  ${n.padEnd(22)} ${c.summary}`)
      .join('\n');
    console.error(`usage: npm run cli -- <command> [args]\n\ncommands:\n${list}`);
    process.exit(name ? 1 : 0);
  }
  await (await command.load()).run(args, process.env);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
