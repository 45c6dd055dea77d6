/**
 * The OpenAPI document on stdin, the web app's API types on stdout: how the contract test
 * renders them in a child process (openapi-typescript needs Node's own module loader, which
 * jest's runtime does not give it).
 */
import { readFileSync } from 'node:fs';
import { renderApiTypes } from './render-api-types';

renderApiTypes(JSON.parse(readFileSync(0, 'utf8')) as object)
  .then((types) => process.stdout.write(types))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
