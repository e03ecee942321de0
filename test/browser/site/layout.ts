/**
 * Narrow screens (a phone, 390x844): a lesson's workspace is stacked below its prose, and no page
 * overflows horizontally (content wider than the screen outside its own scroll box) once the
 * terminal, the tasks and the inspector are drawn.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { env, openContext } from './env.ts';
import { lessons, LOCALES } from './lessons-list.ts';
import { focusTerminal, PROMPT, waitForPrompt, waitForScreen } from './term.ts';

/** Elements sticking out past the right edge, except inside a box that scrolls or clips them. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1 || clipped(el)) continue;
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
      out.push(`${name} right=${Math.round(r.right)}`);
    }
    if (document.documentElement.scrollWidth > width) out.unshift(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    return out.slice(0, 10);
  });
}

export function layoutSuite(): void {
  describe('narrow screen (390x844)', () => {
    for (const lang of LOCALES) {
      it(`${lang}: lessons stack the workspace below the prose; nothing overflows sideways`, async () => {
        const { context, page, errors } = await openContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        try {
          for (const [i, l] of lessons(lang).entries()) {
            await page.goto(`${env.base}/${lang}/lessons/${l.slug}/`);
            await waitForPrompt(page);
            if (i === 0) {
              // Something in the inspector (a container with its layers) and a long output line.
              await focusTerminal(page);
              await page.keyboard.type('docker create --name wide-container-name-for-layout alpine:3.20 && docker ps -a');
              await page.keyboard.press('Enter');
              await waitForScreen(page, (t) => t.endsWith(PROMPT) && t.includes('Created'), 'docker ps', 30_000);
            }
            const prose = (await page.locator('.lesson-prose').boundingBox())!;
            const work = (await page.locator('[data-workspace]').boundingBox())!;
            expect(work.y, `${l.slug}: the workspace starts below the prose`).toBeGreaterThanOrEqual(prose.y + prose.height - 1);
            expect(work.width).toBeLessThanOrEqual(390);
            expect(await overflowing(page), `${l.slug}`).toEqual([]);
          }
          for (const path of [`/${lang}/`, `/${lang}/sandbox/`]) {
            await page.goto(`${env.base}${path}`);
            if (path.endsWith('sandbox/')) await waitForPrompt(page);
            expect(await overflowing(page), path).toEqual([]);
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }, 120_000);
    }
  });
}
