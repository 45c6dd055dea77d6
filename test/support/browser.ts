/**
 * Debian's Chromium, headless, driven by playwright-core for the web suites (issue 9). The
 * browser comes from `scripts/ensure-chromium.sh` (apt-get), never from a browser download, so
 * a machine without it skips the browser suites and says why instead of failing them.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expectAccessible } from './axe';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../screenshots');

/** Why the browser suites cannot run here, or undefined when they can. */
export function browserUnavailable(): string | undefined {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    return `${CHROMIUM} is missing (run scripts/ensure-chromium.sh as root: apt-get install -y chromium)`;
  }
}

/** `describe` where Chromium is installed; elsewhere `describe.skip`, saying once why. */
export function browserSuite(what: string): typeof describe {
  const skipped = browserUnavailable();
  if (skipped) console.warn(`${what} browser suite skipped: ${skipped}`);
  return skipped ? describe.skip : describe;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /**
   * Checks the page with axe (issue 19, item 6: no serious or critical finding), then saves
   * test/screenshots/<name>.png (full page) and returns its path. Every page a suite saves is
   * so checked; `-last` (the page a failed test left) is only saved.
   */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh, empty profile every time, so no state leaks between runs. */
export async function launchBrowser(baseURL: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'council-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    baseURL,
    viewport: { width: 1200, height: 900 },
    locale: 'da-DK',
    timeout: 20_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    async screenshot(name) {
      if (!name.endsWith('-last')) await expectAccessible(page, name);
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Builds the web app into a directory of its own (not dist/, which other builds wipe). */
export function buildWebApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'council-web-'));
  execFileSync(process.execPath, [resolve(__dirname, '../../apps/web/build.mjs'), outDir], { stdio: 'pipe' });
  return outDir;
}

/** Signs out whoever is signed in, then signs in with `token` and waits until the header names `name`. */
export async function signIn(page: Page, token: string, name: string): Promise<void> {
  await page.goto('/');
  // Signed in or not, wait until the page has said which before acting on it.
  await page.locator('#token, [data-testid="who-am-i"]').first().waitFor();
  const signOut = page.getByRole('button', { name: 'Log ud' });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel('Adgangstoken').fill(token);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByTestId('who-am-i').getByText(name).waitFor();
}

/** Form fields a screen reader could not name (no label, aria-label or aria-labelledby). */
export function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    // A string: the suite's TypeScript has no DOM types.
    `[...document.querySelectorAll('input, select, textarea')]
      .filter((f) => f.type !== 'hidden' && !f.labels?.length && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
      .map((f) => f.outerHTML)`,
  );
}

/** Waits until the hearing page shows exactly this status. */
export function hearingStatusIs(page: Page, text: string): Promise<void> {
  return page.getByTestId('hearing-status').getByText(text, { exact: true }).waitFor();
}
