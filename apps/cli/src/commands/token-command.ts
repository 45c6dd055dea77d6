// Direct paths, not the @app/access barrel: the barrel loads Nest, and `token` must start at once.
import { ACCESS_ROLES, isAccessRole, type AccessRole } from '@app/access/roles';
import { resolveAuthSecret } from '@app/access/tokens/auth-secret';
import { TokenService } from '@app/access/tokens/token.service';

const USAGE =
  'usage: token --person <id> --role <admin|secretary|chair|member|evaluator> [--council <id>] [--expires <30d|P30D>]';

/**
 * `npm run cli -- token …` (issue 3): signs with AUTH_SECRET, or the secret the API generated
 * into DATA_DIR, so a token made here is accepted by a server run with the same environment.
 * Returns the token; the CLI prints it alone on the last line so scripts can take `tail -1`.
 */
export function runTokenCommand(args: string[], env: NodeJS.ProcessEnv): string {
  const options = parseArgs(args);
  const personId = options.get('person');
  const role = options.get('role');
  const councilId = options.get('council');
  if (!personId) throw new Error(`--person is required\n${USAGE}`);
  if (!role) throw new Error(`--role is required\n${USAGE}`);
  if (!isAccessRole(role)) {
    throw new Error(`--role must be one of ${ACCESS_ROLES.join(', ')}, got "${role}"\n${USAGE}`);
  }
  if (role !== 'admin' && !councilId) throw new Error(`a ${role} token needs --council <id>\n${USAGE}`);
  if (role === 'admin' && councilId) {
    // Issue 3: an admin holds no role inside a council; a council on an admin token would only mislead.
    throw new Error(`an admin token takes no --council\n${USAGE}`);
  }
  const secret = resolveAuthSecret({ authSecret: env.AUTH_SECRET, dataDir: env.DATA_DIR || 'data' });
  return new TokenService(secret).issue(
    { personId, role: role as AccessRole, ...(councilId && { councilId }) },
    { expiresIn: options.get('expires') },
  );
}

const KNOWN = new Set(['person', 'role', 'council', 'expires']);

function parseArgs(args: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(2, eq) : arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !KNOWN.has(name)) throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
    options.set(name, value);
  }
  return options;
}
