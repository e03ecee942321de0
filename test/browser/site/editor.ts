/**
 * The file editor on the lesson that edits files: monaco is not fetched until the student opens
 * the editor; what is saved is what the simulated host's file holds (`cat` in the terminal shows
 * it); a Dockerfile error gets a diagnostic marker (squiggle) and a problem count.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { env, openContext } from './env.ts';
import { lessons, LOCALES } from './lessons-list.ts';
import { count, focusTerminal, PROMPT, until, waitForPrompt, waitForScreen } from './term.ts';

/** Every JavaScript response in a page's context (main thread and workers), with its body read at once. */
export function collectScripts(page: Page): Array<{ url: string; body: Promise<Buffer> }> {
  const seen: Array<{ url: string; body: Promise<Buffer> }> = [];
  const onResponse = (r: Response): void => {
    const type = r.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    seen.push({ url: r.url(), body: r.body().catch(() => Buffer.alloc(0)) });
  };
  // The context sees the page's responses and its workers' (the engine's, monaco's).
  page.context().on('response', onResponse);
  return seen;
}

const isMonaco = (body: Buffer): boolean => body.includes('MonacoEnvironment');

export function editorSuite(): void {
  const withFiles = LOCALES.flatMap((l) => lessons(l)).find((l) => l.files.length > 0 && l.locale === 'en');
  describe('file editor', () => {
    it.skipIf(!withFiles)(`monaco loads only when opened; a save reaches the host; a Dockerfile error is marked (${withFiles?.slug})`, async () => {
      const { context, page, errors } = await openContext();
      try {
        const scripts = collectScripts(page);
        const file = withFiles!.files.find((f) => /(^|\/)Dockerfile$/.test(f)) ?? withFiles!.files[0];
        await page.goto(`${env.base}/en/lessons/${withFiles!.slug}/`);
        await waitForPrompt(page);
        const editor = page.locator('[data-file-editor]');
        expect(await editor.getAttribute('data-state')).toBe('closed');
        expect(await page.locator(`[data-editor-tab="${file}"]`).count()).toBe(1);
        // Nothing of monaco so far, though the page is up and the terminal runs.
        const before = await Promise.all(scripts.map(async (s) => ({ url: s.url, monaco: isMonaco(await s.body) })));
        expect(before.filter((s) => s.monaco).map((s) => s.url)).toEqual([]);
        expect(await page.locator('.monaco-editor').count()).toBe(0);

        await page.locator(`[data-editor-tab="${file}"]`).click();
        await until('the editor to open', () => editor.getAttribute('data-state'), (s) => s === 'open', 30_000);
        const status = page.locator('[data-editor-status]');
        await until('the file to be read', () => status.getAttribute('data-status'), (s) => s === 'saved');
        const after = await Promise.all(scripts.slice(before.length).map(async (s) => isMonaco(await s.body)));
        expect(after.some(Boolean)).toBe(true);
        // The editor shows the host's file.
        const lines = page.locator('[data-file-editor] .view-lines');
        await until('the file in the editor', async () => (await lines.innerText()).replace(/\u00a0/g, ' '), (t) => t.includes('FROM alpine'));

        // Edit: a new last line (the file ends with a newline, so Ctrl+End is on an empty line), saved with Ctrl+S.
        await page.locator('[data-file-editor] .view-lines').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('LABEL edited=yes');
        await page.keyboard.press('Enter');
        await until('unsaved changes', () => status.getAttribute('data-status'), (s) => s === 'unsaved');
        await page.keyboard.press('Control+S');
        await until('the save', () => status.getAttribute('data-status'), (s) => s === 'saved');
        expect(await status.textContent()).toContain('All changes saved.');
        await focusTerminal(page);
        await page.keyboard.type(`tail -n 1 ${file}`);
        await page.keyboard.press('Enter');
        const text = await waitForScreen(page, (t) => t.endsWith(`${PROMPT}`) && count(t, PROMPT) >= 2, 'tail of the saved file');
        expect(text.endsWith(`${PROMPT} tail -n 1 ${file}\nLABEL edited=yes\n${PROMPT}`)).toBe(true);

        // A Dockerfile error: an instruction that does not exist, marked where it is.
        await page.locator('[data-file-editor] .view-lines').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('FRUM nothing');
        await until('a problem count', () => status.getAttribute('data-problems'), (p) => Number(p) >= 1, 10_000);
        await until('an error squiggle', () => page.locator('[data-file-editor] .squiggly-error').count(), (n) => n >= 1, 10_000);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90_000);
  });
}
