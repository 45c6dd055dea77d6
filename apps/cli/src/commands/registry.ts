import { deadlinesCommand } from './deadlines-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { replayCommand } from './replay-command';
import { verifyCommand } from './verify-command';
import { runTokenCommand } from './token-command';

export interface CliCommand {
  summary: string;
  run(args: string[], env: NodeJS.ProcessEnv): Promise<void>;
}

export const COMMANDS: Record<string, CliCommand> = {
  token: {
    summary: 'token --person <id> --role <role> [--council <id>] [--expires 30d]: print a bearer token',
    async run(args, env) {
      // The token alone on the last line, so scripts can take it with `tail -n 1`.
      console.log(runTokenCommand(args, env));
    },
  },
  deadlines: deadlinesCommand,
  replay: replayCommand,
  verify: verifyCommand,
  export: exportCommand,
  import: importCommand,
};
