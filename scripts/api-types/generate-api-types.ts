/**
 * `npm run api:types`: writes the web app's API types from the OpenAPI document the app builds.
 * Starts the app in-process on a throwaway embedded store without workers (Redis as configured,
 * REDIS_URL or the local default), because the document is made from the running app's routes.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '@app/composition';
import { createOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';
import { API_TYPES_FILE, renderApiTypes } from './render-api-types';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'council-api-types-'));
  try {
    const config = loadConfig({
      ...process.env,
      EVENT_STORE: 'embedded',
      DATA_DIR: dataDir,
      RUN_WORKERS: 'false',
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'api-types-only',
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(config);
    await app.init();
    const document = createOpenApiDocument(app);
    await app.close();
    writeFileSync(API_TYPES_FILE, await renderApiTypes(document));
    console.log(`wrote ${API_TYPES_FILE}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
