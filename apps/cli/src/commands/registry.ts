export interface CliCommand {
  run(args: string[], env: NodeJS.ProcessEnv): Promise<void>;
}

interface Entry {
  summary: string;
  /** Loaded only when chosen: `token` must not pay for Nest, PGlite and every feature (issue 22). */
  load(): Promise<CliCommand>;
}

export const COMMANDS: Record<string, Entry> = {
  token: {
    summary: 'token --person <id> --role <role> [--council <id>] [--expires 30d]: print a bearer token',
    load: async () => {
      const { runTokenCommand } = await import('./token-command');
      return {
        async run(args, env) {
          // The token alone on the last line, so scripts can take it with `tail -n 1`.
          console.log(runTokenCommand(args, env));
        },
      };
    },
  },
  deadlines: {
    summary:
      'deadlines reconcile [--url <server>]: rebuild every pending deadline and reminder job from the event store',
    load: async () => (await import('./deadlines-command')).deadlinesCommand,
  },
  replay: {
    summary: 'replay: rebuild every read model from the log (server stopped) and print their digest',
    load: async () => (await import('./replay-command')).replayCommand,
  },
  verify: {
    summary:
      'verify [--seal FILE] [--write-seal FILE] [--no-read-models]: check the keyed hash chain, the read models and a kept seal',
    load: async () => (await import('./verify-command')).verifyCommand,
  },
  export: {
    summary: "export --council <id> [--out FILE]: write the council's events as JSON lines",
    load: async () => (await import('./export-command')).exportCommand,
  },
  import: {
    summary: 'import < council.jsonl: load an export into an empty event store',
    load: async () => (await import('./import-command')).importCommand,
  },
};
