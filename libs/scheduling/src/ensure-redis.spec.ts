import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { ensureRedis, redisAnswers, type EnsuredRedis } from './ensure-redis';
import { redisUrlFromEnv } from './redis-connection';
import { waitFor } from './testing/wait-for';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('ensureRedis', () => {
  let dataDir: string;
  let started: EnsuredRedis | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ensure-redis-'));
  });

  afterEach(async () => {
    await started?.stop();
    started = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a child redis-server on the URL port when nothing answers, and stop() ends it', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const lines: string[] = [];
    expect(await redisAnswers(url)).toBe(false);

    started = await ensureRedis({ url, dataDir, log: (line) => lines.push(line) });

    expect(started.started).toBe(true);
    const client = new Redis(url);
    try {
      await client.set('k', 'v');
      expect(await client.get('k')).toBe('v');
      expect(await client.config('GET', 'dir')).toEqual(['dir', join(dataDir, 'redis')]);
      expect(await client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
    } finally {
      client.disconnect();
    }
    expect(lines.join('\n')).toMatch(/starting .*redis-server/);

    await started.stop();
    expect(await redisAnswers(url)).toBe(false);
  });

  it('starts nothing when Redis already answers', async () => {
    const result = await ensureRedis({ url: redisUrlFromEnv(), dataDir, searchPath: '/nonexistent' });
    expect(result.started).toBe(false);
  });

  it('says how to get Redis when there is no binary', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const attempt = ensureRedis({ url, dataDir, searchPath: '/nonexistent' });
    await expect(attempt).rejects.toThrow(/apt-get install redis-server/);
    await expect(attempt).rejects.toThrow(/docker compose up -d redis/);
  });

  it('starts nothing for a host that is not this machine', async () => {
    await expect(ensureRedis({ url: 'redis://192.0.2.1:6379', dataDir })).rejects.toThrow(
      /not a plain redis:\/\/ URL on this machine/,
    );
  });

  it('takes the child down when our process dies, even by SIGKILL', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const script = join(dataDir, 'parent.ts');
    writeFileSync(
      script,
      `import { ensureRedis } from ${JSON.stringify(resolve(__dirname, 'ensure-redis'))};\n` +
        `ensureRedis({ url: ${JSON.stringify(url)}, dataDir: ${JSON.stringify(dataDir)} })` +
        `.then(() => { console.log('ready'); setInterval(() => undefined, 1000); });\n`,
    );
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      parent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitFor(() => output.includes('ready'), 15_000, 'the parent to start its redis-server');
      expect(await redisAnswers(url)).toBe(true);

      parent.kill('SIGKILL');
      await waitFor(async () => !(await redisAnswers(url)), 5_000, 'the orphaned redis-server to stop');
    } finally {
      parent.kill('SIGKILL');
    }
  }, 25_000);
});
