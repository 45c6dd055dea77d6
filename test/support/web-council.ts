/**
 * What every browser suite of the pages' actions starts from: the web app built into a directory
 * of its own, the real HTTP app serving it, one council whose members and secretaries are
 * appointed through the API, a token per person, and Chromium on a fresh profile.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Role } from '@app/kernel';
import { buildWebApp, launchBrowser, signIn, type Browser } from './browser';
import { startTestApp, uniqueName, type TestApp, type TestAppOptions } from './test-app';

export type People<P extends string> = Record<P, { name: string; role: Role }>;

/**
 * The council most suites act in: a secretary, two members, and a chair who holds a chair's token
 * but whom the record does not name until a suite seats them (`seatChair` in web-cases).
 */
export const STANDARD_PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
  ole: { name: 'ole', role: 'chair' },
} as const;

export interface WebCouncil<P extends string> {
  t: TestApp;
  browser: Browser;
  page: Page;
  councilId: string;
  tokens: Record<P, string>;
  /** Requests to `/api/councils/<councilId><path>` with that person's token. */
  api(person: P): {
    get(path: string): ReturnType<TestApp['http']['get']>;
    post(path: string, body: object): ReturnType<TestApp['http']['post']>;
  };
  signInAs(person: P): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every `member` is appointed for an organisation of their own (`Organisation <id>`: one seat per
 * organisation, so sharing one would unseat the first) and every `secretary` is assigned; a
 * `chair` is not seated or elected here (the API refuses their token until a suite does).
 */
export async function startWebCouncil<P extends string>(
  people: People<P>,
  options: { app?: TestAppOptions; reminderOffsets?: string[] } = {},
): Promise<WebCouncil<P>> {
  const webDir = buildWebApp();
  process.env.WEB_DIR = webDir;
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    rmSync(webDir, { recursive: true, force: true });
  };
  try {
    t = await startTestApp(options.app);
    const ready = await seedCouncil(t, people, options.reminderOffsets);
    browser = await launchBrowser(t.url);
    const page = browser.page;
    return {
      ...ready,
      t,
      browser,
      page,
      signInAs: (person) => signIn(page, ready.tokens[person], people[person].name),
      close,
    };
  } catch (error) {
    // A half-started suite must not leave an app, a browser or a build behind.
    await close();
    throw error;
  }
}

async function seedCouncil<P extends string>(
  t: TestApp,
  people: People<P>,
  reminderOffsets: string[] | undefined,
): Promise<Pick<WebCouncil<P>, 'councilId' | 'tokens' | 'api'>> {
  const councilId = uniqueName('raad');
  const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
  await t.http
    .post('/api/councils')
    .set(admin)
    .send({
      id: councilId,
      name: 'Udsatterådet',
      timeZone: 'Europe/Copenhagen',
      ...(reminderOffsets && { reminderOffsets }),
    })
    .expect(201);
  const ids = Object.keys(people) as P[];
  const tokens = {} as Record<P, string>;
  for (const id of ids) tokens[id] = t.token({ personId: id, role: people[id].role, councilId });
  const api = (person: P) => {
    const path = (p: string) => `/api/councils/${councilId}${p}`;
    return {
      get: (p: string) => t.http.get(path(p)).set(t.auth(tokens[person])),
      post: (p: string, body: object) => t.http.post(path(p)).set(t.auth(tokens[person])).send(body),
    };
  };
  const secretary = ids.find((id) => people[id].role === 'secretary');
  if (!secretary) throw new Error('a web council needs a secretary to appoint its members');
  for (const id of ids) {
    const { name, role } = people[id];
    const person = { personId: id, name, email: `${id}@example.org` };
    if (role === 'member')
      await api(secretary)
        .post('/members', { ...person, organisation: `Organisation ${id}` })
        .expect(201);
    if (role === 'secretary') await api(secretary).post('/secretaries', person).expect(201);
  }
  return { councilId, tokens, api };
}

/**
 * A browser suite's hooks: the council started before its tests (`ready` hands it to the suite's
 * variables), the page saved as `<screenshots>-last` after each test, so a failure shows where it
 * stood, and everything closed after.
 */
export function useWebCouncil<P extends string>(
  people: People<P>,
  screenshots: string,
  options: Parameters<typeof startWebCouncil>[1],
  ready: (w: WebCouncil<P>) => void,
): void {
  let w: WebCouncil<P> | undefined;
  beforeAll(async () => {
    w = await startWebCouncil(people, options);
    ready(w);
  }, 120_000);
  afterEach(async () => {
    await w?.browser.screenshot(`${screenshots}-last`).catch(() => undefined);
  });
  afterAll(() => w?.close());
}
