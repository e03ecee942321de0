/**
 * Offline after a first visit: the service worker precaches the whole build on the first page;
 * with the browser offline, lesson pages and the sandbox (never opened before) load, the terminal
 * runs docker, and the editor's monaco chunks come from the cache too.
 */
import { describe, expect, it } from 'vitest';
import { env, openContext } from './env.ts';
import { lessons } from './lessons-list.ts';
import { count, focusTerminal, PROMPT, until, waitForPrompt, waitForScreen } from './term.ts';

export function offlineSuite(): void {
  describe('offline (service worker)', () => {
    it('after one visit, lessons and the sandbox load and work with the network gone', async () => {
      const { context, page, errors } = await openContext({ serviceWorker: true });
      try {
        await page.goto(`${env.base}/en/`);
        // Active means installed, and installing means the whole precache was fetched.
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await until('the page to be controlled', () => page.evaluate(() => navigator.serviceWorker.controller !== null), Boolean);
        await context.setOffline(true);
        // Really offline: a file the service worker did not precache (itself) cannot be fetched.
        expect(await page.evaluate(() => fetch('/sw.js', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');

        const withFiles = lessons('ru').find((l) => l.files.length > 0);
        for (const path of ['/ru/lessons/layers/', '/en/sandbox/']) {
          await page.goto(`${env.base}${path}`);
          await waitForPrompt(page);
          await focusTerminal(page);
          await page.keyboard.type('docker run --rm alpine echo offline');
          await page.keyboard.press('Enter');
          const text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2 && t.endsWith(PROMPT), `docker run offline on ${path}`, 30_000);
          expect(text).toContain('\noffline\n');
        }
        if (withFiles) {
          await page.goto(`${env.base}/ru/lessons/${withFiles.slug}/`);
          await waitForPrompt(page);
          await page.locator('[data-editor-open]').click();
          await until('the editor to open offline', () => page.getAttribute('[data-file-editor]', 'data-state'), (s) => s === 'open', 30_000);
        }
        // A page that does not exist gets the cached "not found" page, not the browser's error,
        // with the status a server would give it.
        const missing = await page.goto(`${env.base}/en/no-such-page/`);
        expect(missing?.status()).toBe(404);
        expect(await page.textContent('h2')).toBe('Page not found');
        expect(errors).toEqual([`404 ${env.base}/en/no-such-page/`]);
      } finally {
        await context.close();
      }
    }, 120_000);
  });
}
