/**
 * The OpenAPI document on stdin, the web app's API types on stdout: how the contract test
 * renders them in a child process (openapi-typescript needs Node's own module loader, which
 * jest's runtime does not give it).
 */
import { renderApiTypes } from './render-api-types';

/** Streamed, not `readFileSync(0)`: a pipe that is not ready yet makes that throw EAGAIN. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

readStdin()
  .then((text) => renderApiTypes(JSON.parse(text) as object))
  .then((types) => process.stdout.write(types))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
