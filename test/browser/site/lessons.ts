/**
 * Lesson pages, both locales: a student types the exercise's reference solution into the terminal
 * (and clicks a command example's Run button), reads every command's output on the screen, sees
 * every task turn green; a reload keeps the progress (tasks green, the host replayed); export gives
 * a progress file the grader accepts; import restores it elsewhere; undo and reset do what they say.
 *
 * What the screen must show is not written here: the same lines are replayed in Node on a fresh
 * engine (graders/replay.ts) with the page terminal's width and drawn by xterm (term.ts), so every
 * row of every command's output is compared, docker's progress output included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXERCISES } from '../../../graders/exercises/index.ts';
import { replay } from '../../../graders/replay.ts';
import { readSubmissions } from '../../../graders/submission.ts';
import { workspaceEn } from '../../../site/i18n/workspace.en.ts';
import { workspaceRu } from '../../../site/i18n/workspace.ru.ts';
import { fill } from '../../../site/lib/lesson/strings.ts';
import { env, openContext, type OpenedPage } from './env.ts';
import { lessons, LOCALES, type LessonInfo, type Locale } from './lessons-list.ts';
import { expectedScreen, focusTerminal, PROMPT, replaySteps, screen, terminalSize, typeText, until, waitForPrompt, waitForScreen, type Step } from './term.ts';

/** A command example in the prose clicked before the solution is typed (per lesson slug): harmless, single-line. */
const CLICK_FIRST: Record<string, string> = {
  layers: 'docker images',
  dockerfile: 'cat ~/build/Dockerfile',
};

export type TaskStates = Array<[string, string]>;

export function taskStates(page: Page): Promise<TaskStates> {
  return page.$$eval('[data-task-list] [data-task]', (els) => els.map((e) => [e.getAttribute('data-task') ?? '', e.getAttribute('data-state') ?? '']));
}

export const allPassed = (s: TaskStates): boolean => s.length > 0 && s.every(([, st]) => st === 'passed');

/** The stored log of an exercise (localStorage), as lines. */
export function storedLines(page: Page, id: string): Promise<string[] | null> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem('dockersim-progress-v1');
    const e = raw ? (JSON.parse(raw) as Record<string, { log: Array<{ line: string }> }>)[key] : undefined;
    return e ? e.log.map((l) => l.line) : null;
  }, id);
}

/**
 * Plays `steps` in the page one line at a time (keys, or the Run button whose command is the
 * line) and after each compares the whole screen with the one drawn in Node.
 */
export async function playSteps(page: Page, first: string, steps: readonly Step[], size: { cols: number; rows: number }, clicked: ReadonlySet<number> = new Set()): Promise<void> {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (clicked.has(i)) {
      await page.locator(`button[data-run="${step.line.replace(/["\\]/g, '\\$&')}"]`).first().click();
    } else {
      await focusTerminal(page);
      await typeText(page, step.line);
      await page.keyboard.press('Enter');
    }
    const want = await expectedScreen(first, steps.slice(0, i + 1), size);
    await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
    const got = await until(`the screen after \`${step.line}\``, () => screen(page), (t) => t === want, 30_000).catch(async (e: Error) => {
      const have = (await screen(page)).split('\n');
      const diff = want.split('\n').flatMap((row, k) => (row === have[k] ? [] : [`row ${k}: expected ${JSON.stringify(row)}, got ${JSON.stringify(have[k])}`]));
      throw new Error(`${e.message}\n--- expected:\n${want}\n--- differences:\n${diff.join('\n')}`);
    });
    expect(got).toBe(want);
  }
}

/** Where a lesson's solve test leaves its export, for the progress test (per locale). */
const exported = new Map<Locale, string>();

function lessonTest(l: LessonInfo): void {
  const exercise = EXERCISES.get(l.exercise!)!;
  it(`${l.locale} ${l.slug}: the reference solution, typed, passes every task; a reload keeps it`, async () => {
    expect(exercise, `exercise ${l.exercise}`).toBeDefined();
    let opened: OpenedPage | undefined;
    try {
      opened = await openContext({ acceptDownloads: true });
      const { page, errors } = opened;
      await page.goto(`${env.base}/${l.locale}/lessons/${l.slug}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(l.locale);
      await waitForPrompt(page);
      // The starting state is graded: checked, not all green.
      const start = await until('the first grade', () => taskStates(page), (s) => s.length > 0 && s.every(([, st]) => st !== 'pending'));
      expect(start.map(([id]) => id)).toEqual(exercise.tasks.map((t) => t.id));
      expect(allPassed(start)).toBe(false);

      const size = await terminalSize(page);
      const click = CLICK_FIRST[l.slug];
      const lines = [...(click ? [click] : []), ...exercise.solutions[0].log];
      const replayed = await replaySteps(exercise, lines, size.cols);
      const { first, run } = replayed;
      const steps = [...replayed.steps];
      // The replay in Node passes too (else the lesson, not the page, is broken).
      expect(run.grade().score).toBe(run.grade().maxScore);
      await playSteps(page, first, steps, size, new Set(click ? [0] : []));

      const done = await until('every task to pass', () => taskStates(page), allPassed);
      expect(done.length).toBe(exercise.tasks.length);
      const score = page.locator('[data-task-list] [data-score]');
      expect(await score.getAttribute('data-score')).toBe(await score.getAttribute('data-max'));
      // The polite live region said so.
      expect((await page.textContent('[data-announce]'))?.trim()).not.toBe('');
      expect(await storedLines(page, exercise.id)).toEqual(lines);

      // "Check" reports all done, and takes the focus to say it.
      await page.click('[data-check]');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-check-result'))).toBe(true);
      expect(await page.locator('[data-check-result]').isVisible()).toBe(true);

      // Reload: the log is replayed silently; the tasks are green at once; the host is the same.
      await page.reload();
      await waitForPrompt(page);
      expect(allPassed(await until('the grade after reload', () => taskStates(page), (s) => s.every(([, st]) => st !== 'pending')))).toBe(true);
      const last = steps.at(-1)!.prompt;
      expect(await screen(page)).toBe(last.trimEnd());
      const more = ['docker ps -a'];
      const next: Step[] = [];
      for (const line of more) next.push(await replayed.next(line));
      await playSteps(page, last, next, size);

      // Export: the progress file holds this exercise's log, and the grader replays it to full marks.
      const download = page.waitForEvent('download');
      await page.click('[data-export]');
      const file = readFileSync((await (await download).path())!, 'utf8');
      const read = readSubmissions(file);
      expect(read.ok).toBe(true);
      if (read.ok) {
        const sub = read.submissions.find((s) => s.exercise === exercise.id)!;
        expect(sub.log.map((e) => e.line)).toEqual([...lines, ...more]);
        const graded = (await replay(exercise, sub.seed, sub.log)).grade();
        expect(graded.score).toBe(graded.maxScore);
      }
      if (l.slug === lessons(l.locale).find((x) => x.exercise)?.slug) exported.set(l.locale, file);
      expect(errors).toEqual([]);
    } finally {
      await opened?.context.close();
    }
  }, 120_000);
}

export function lessonSuite(): void {
  describe('lesson pages', () => {
    for (const locale of LOCALES) for (const l of lessons(locale)) if (l.exercise) lessonTest(l);
  });
}


/**
 * The progress controls on the first lesson, per locale: import of the file the solve test
 * exported (in a browser that never saw it), a damaged file refused with nothing lost, undo of a
 * command that broke a task, reset to the starting state; the course map follows.
 */
function progressTest(locale: Locale): void {
  it(`${locale}: import restores an exported session; a damaged file changes nothing; undo and reset`, async () => {
    const l = lessons(locale).find((x) => x.exercise)!;
    const exercise = EXERCISES.get(l.exercise!)!;
    const s = (locale === 'ru' ? workspaceRu : workspaceEn).progress;
    const file = exported.get(locale);
    expect(file, 'the export of the solve test above').toBeDefined();
    const { context, page, errors } = await openContext();
    try {
      await page.goto(`${env.base}/${locale}/lessons/${l.slug}/`);
      await waitForPrompt(page);
      await until('the first grade', () => taskStates(page), (st) => st.length > 0 && !allPassed(st) && st.every(([, x]) => x !== 'pending'));

      await page.setInputFiles('[data-import-file]', { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file!) });
      await until('the import message', () => page.textContent('[data-message]'), (m) => m === fill(s.imported, { list: exercise.id }));
      await until('every task to pass after the import', () => taskStates(page), allPassed);
      const imported = await storedLines(page, exercise.id);
      const read = readSubmissions(file!);
      expect(imported).toEqual(read.ok ? read.submissions.find((x) => x.exercise === exercise.id)?.log.map((e) => e.line) : 'unreadable export');

      // A damaged file: refused, said so, nothing lost.
      await page.setInputFiles('[data-import-file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(file!.slice(0, file!.length / 2)) });
      await until('the refusal', () => page.getAttribute('[data-message]', 'data-kind'), (k) => k === 'error');
      expect(await page.textContent('[data-message]')).toBe(s.importError.damaged);
      expect(await storedLines(page, exercise.id)).toEqual(imported);
      expect(allPassed(await taskStates(page))).toBe(true);

      // The course map says done.
      await page.goto(`${env.base}/${locale}/`);
      expect(await page.getAttribute(`[data-lesson="${l.slug}"]`, 'data-state')).toBe('done');
      await page.goBack();
      await waitForPrompt(page);
      await until('the replayed grade', () => taskStates(page), allPassed);

      // Undo: a command that breaks a task (checked in Node first), then undone.
      const breaking = UNDO_PROBE[exercise.id];
      if (breaking) {
        const probe = await replaySteps(exercise, [...imported!, breaking.line], 80);
        expect(probe.run.grade().tasks.find((t) => t.id === breaking.task)?.passed, `\`${breaking.line}\` breaks ${breaking.task}`).toBe(false);
        await focusTerminal(page);
        await page.keyboard.type(breaking.line);
        await page.keyboard.press('Enter');
        await until(`${breaking.task} to fail`, () => taskStates(page), (st) => st.some(([id, x]) => id === breaking.task && x === 'failed'));
        expect(await page.isEnabled('[data-undo]')).toBe(true);
        await page.click('[data-undo]');
        const undone = fill(s.undone, { command: breaking.line });
        expect(await until('the undo message', () => page.textContent('[data-message]'), (m) => m === undone)).toBe(undone);
        await until('every task to pass after undo', () => taskStates(page), allPassed);
        expect(await storedLines(page, exercise.id)).toEqual(imported);
        await focusTerminal(page);
        await page.keyboard.type(breaking.check);
        await page.keyboard.press('Enter');
        await waitForScreen(page, (t) => t.endsWith(`${breaking.check}\n${breaking.expect}\n${PROMPT}`), 'the undone command to be undone on the host');
      }

      // Reset: the exercise's start again, the log forgotten.
      await page.click('[data-reset]');
      expect(await until('the reset message', () => page.textContent('[data-message]'), (m) => m === s.resetDone)).toBe(s.resetDone);
      await until('the starting grade', () => taskStates(page), (st) => st.every(([, x]) => x !== 'pending') && !allPassed(st));
      expect(await storedLines(page, exercise.id)).toEqual([]);
      await waitForPrompt(page);
      await focusTerminal(page);
      await page.keyboard.type('docker ps -aq | wc -l');
      await page.keyboard.press('Enter');
      await waitForScreen(page, (t) => t.endsWith(`docker ps -aq | wc -l\n0\n${PROMPT}`), 'no container after reset');
      await page.goto(`${env.base}/${locale}/`);
      expect(await page.getAttribute(`[data-lesson="${l.slug}"]`, 'data-state')).not.toBe('done');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
}

/** Per exercise: a command that makes a task fail, and a command whose output shows it undone. */
const UNDO_PROBE: Record<string, { line: string; task: string; check: string; expect: string }> = {
  layers: { line: 'docker rm layered', task: 'diff', check: "docker ps -a --format '{{.Names}}'", expect: 'layered' },
};

export function progressSuite(): void {
  describe('progress controls', () => {
    for (const locale of LOCALES) progressTest(locale);
  });
}
