/**
 * Accessibility: axe-core (node_modules/axe-core/axe.min.js, injected into the page) on the course
 * map, every lesson and the sandbox, in both locales, once the terminal is up and the tasks are
 * graded. No violation of impact serious or critical is allowed; moderate and minor ones are
 * printed for the record.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { env, openContext } from './env.ts';
import { lessons, LOCALES } from './lessons-list.ts';
import { count, focusTerminal, PROMPT, until, waitForPrompt, waitForScreen } from './term.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

const describeViolation = (v: Violation): string =>
  `${v.impact} ${v.id}: ${v.help}\n${v.nodes
    .slice(0, 5)
    .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
    .join('\n')}`;

export function a11ySuite(): void {
  describe('accessibility (axe-core)', () => {
    for (const lang of LOCALES) {
      const pages = [`/${lang}/`, ...lessons(lang).map((l) => `/${lang}/lessons/${l.slug}/`), `/${lang}/sandbox/`];
      it(`${lang}: course map, lessons and sandbox have no serious or critical violation`, async () => {
        const { context, page, errors } = await openContext();
        const serious: string[] = [];
        try {
          for (const path of pages) {
            await page.goto(`${env.base}${path}`);
            expect(await page.getAttribute('html', 'lang')).toBe(lang);
            if (await page.locator('[data-terminal]').count()) {
              await waitForPrompt(page);
              // The task panel is drawn from the first grade.
              await page.waitForFunction(() => !document.querySelector('[data-task-list] [data-state="pending"]'));
            }
            for (const v of await axe(page)) {
              if (v.impact === 'serious' || v.impact === 'critical') serious.push(`${path}: ${describeViolation(v)}`);
              else console.log(`axe (${v.impact}) ${path}: ${describeViolation(v)}`);
            }
          }
          expect(serious, serious.join('\n')).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }, 90_000);
    }

    it('with content drawn (a container with a volume in the inspector, the editor open on an error): no serious violation', async () => {
      const l = lessons('en').find((x) => x.files.length > 0) ?? lessons('en')[0];
      const { context, page, errors } = await openContext();
      try {
        await page.goto(`${env.base}/en/lessons/${l.slug}/`);
        await waitForPrompt(page);
        await focusTerminal(page);
        await page.keyboard.type('docker run --name shown -v notes:/data --tmpfs /cache alpine:3.20 sh -c "touch /data/a /etc/b; rm /etc/motd"');
        await page.keyboard.press('Enter');
        await waitForScreen(page, (t) => count(t, PROMPT) >= 2 && t.endsWith(PROMPT), 'docker run');
        await until('the inspector to draw the container', async () => (await page.textContent('[data-inspector-view]')) ?? '', (t) => t.includes('/etc/b'));
        if (l.files.length > 0) {
          await page.locator('[data-editor-open]').click();
          await until('the editor', () => page.getAttribute('[data-file-editor]', 'data-state'), (x) => x === 'open', 30_000);
          await page.locator('[data-file-editor] .view-lines').click();
          await page.keyboard.press('Control+End');
          await page.keyboard.type('FRUM x');
          await until('a marker', () => page.locator('[data-file-editor] .squiggly-error').count(), (n) => n > 0);
        }
        const serious: string[] = [];
        for (const v of await axe(page)) {
          if (v.impact === 'serious' || v.impact === 'critical') serious.push(describeViolation(v));
          else console.log(`axe (${v.impact}) ${l.slug} with content: ${describeViolation(v)}`);
        }
        expect(serious, serious.join('\n')).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);

    it('keyboard: Tab reaches the terminal, typing runs commands, Shift+Tab leaves it; Check answers with focus', async () => {
      const l = lessons('en').find((x) => x.exercise)!;
      const { context, page, errors } = await openContext();
      try {
        await page.goto(`${env.base}/en/lessons/${l.slug}/`);
        await waitForPrompt(page);
        const active = () => page.evaluate(() => document.activeElement?.className ?? '');
        let tabs = 0;
        while (!(await active()).includes('xterm-helper-textarea') && tabs < 200) {
          await page.keyboard.press('Tab');
          tabs++;
        }
        expect(tabs, 'Tab presses to reach the terminal').toBeLessThan(200);
        await page.keyboard.type('echo keyboard');
        await page.keyboard.press('Enter');
        await waitForScreen(page, (t) => t.endsWith(`${PROMPT} echo keyboard\nkeyboard\n${PROMPT}`), 'the typed command');
        await page.keyboard.press('Shift+Tab');
        expect(await active()).not.toContain('xterm-helper-textarea');
        await page.focus('[data-check]');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-check-result'))).toBe(true);
        expect((await page.textContent('[data-check-result]'))?.trim()).not.toBe('');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  });
}
