/**
 * Issue 19, item 8 in Chromium on the real stack: the pages open fast. `app.js` and
 * `styles.css` are served compressed (brotli or gzip, as the browser asks) under names that
 * carry their content's hash, cached for a year as immutable; no source map is public; the
 * overview is one request to the API. The time from navigation to the first due item is
 * measured (median of a few loads) and printed; docs/web.md has the numbers.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { get, type IncomingHttpHeaders } from 'node:http';
import request from 'supertest';
import { expectAccessible } from './support/axe';
import { browserSuite } from './support/browser';
import { uniqueName } from './support/test-app';
import { isoIn } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web fast');
type Person = keyof typeof STANDARD_PEOPLE;

/** Navigation start to the first due item on screen, in ms, as the page's own clock says. */
async function timeToFirstDueItem(page: Page, run: number): Promise<number> {
  // A new document each time (the query changes), so nothing of the last load is reused but the cache.
  await page.goto(`/?load=${run}#/`);
  const at = await page.waitForFunction(
    // A function, not a string: the pages' policy allows no eval. No DOM types in the suites.
    () => {
      const g = globalThis as unknown as { document: Queryable; performance: { now(): number } };
      return g.document.querySelector('[data-testid="due-item"]') ? g.performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await at.jsonValue()) as number;
}

interface Queryable {
  querySelector(selector: string): unknown;
}

/** A GET whose body comes as sent, undecoded, so the test sees what went over the wire. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

suite('the pages open fast', () => {
  let w: WebCouncil<Person>;
  useWebCouncil(STANDARD_PEOPLE, 'fast', {}, (ready) => (w = ready));

  beforeAll(async () => {
    // An overview with something of each kind: open hearings, a meeting.
    for (let i = 0; i < 4; i++)
      await w
        .api('anja')
        .post('/hearings', {
          id: uniqueName('h'),
          title: `Høring ${i + 1}`,
          issuingBody: 'Region Hovedstaden',
          responseDeadline: isoIn(20 + i),
        })
        .expect(201);
  }, 60_000);

  it('serves the bundle compressed, named by its hash, cached for a year, without a source map', async () => {
    const http = request(w.t.url);
    const index = await http.get('/').set('Accept', 'text/html').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/app\.[0-9a-f]{12}\.js)"/.exec(index.text)?.[1];
    const styles = /href="(\/styles\.[0-9a-f]{12}\.css)"/.exec(index.text)?.[1];
    expect([script, styles]).toEqual([expect.any(String), expect.any(String)]);
    const plain = await rawGet(w.t.url + script, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).not.toContain('sourceMappingURL');
    for (const [path, encoding] of [
      [script!, 'br'],
      [script!, 'gzip'],
      [styles!, 'br'],
    ] as const) {
      const file = await rawGet(w.t.url + path, { 'Accept-Encoding': encoding });
      expect(file.headers['content-encoding']).toBe(encoding);
      expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      if (path === script) expect(file.body.length).toBeLessThan(plain.body.length / 3);
    }
    expect(readdirSync(process.env.WEB_DIR!).filter((f) => f.endsWith('.map'))).toEqual([]);
    await http.get('/app.js.map').set('Accept', 'application/json').expect(404);
  });

  it('draws the overview from one request to the API', async () => {
    await w.signInAs('anja');
    const asked: string[] = [];
    const note = (r: { url(): string }) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) asked.push(new URL(r.url()).pathname);
    };
    w.page.on('request', note);
    try {
      await w.page.goto('/?one-request#/');
      await w.page.getByTestId('due-item').first().waitFor();
      await w.page.getByTestId('due-item').filter({ hasText: 'Høring 4' }).waitFor();
    } finally {
      w.page.off('request', note);
    }
    // The session's own look-ups (who am I, the council's people) and its live event stream
    // (docs/web.md, "Live") are not the overview's.
    expect(
      asked.filter(
        (p) => !/\/councils\/[^/]+(\/members|\/secretaries|\/events)?$/.test(p) && !p.includes('/sign-in/'),
      ),
    ).toEqual([`/api/councils/${w.councilId}/overview`]);
  });

  it('measures the time to the first due item on the overview', async () => {
    await w.signInAs('anja');
    const times: number[] = [];
    for (let run = 0; run < 7; run++) times.push(await timeToFirstDueItem(w.page, run));
    console.log(
      `overview: time to first due item, median of 7 loads: ${Math.round(median(times))} ms`,
      times,
    );
    expect(times.every((t) => t > 0)).toBe(true);
    await expectAccessible(w.page, 'fast-overview');
  });
});
