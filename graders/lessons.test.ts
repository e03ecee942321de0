/**
 * Every lesson's commands, run in order on its exercise's starting scenario (the host the lesson
 * page starts with): each ```sh block is typed line by line, as the page's Run button does, and
 * when an output block (a fence without a language) follows it directly, what the terminal
 * printed must be exactly that text. So the outputs in the prose are the simulator's, and a
 * change in the engine that alters them fails here.
 *
 * Then the exercise's first reference solution, typed on that same host, must pass every task:
 * what the lesson leaves behind must not stand in the exercise's way.
 *
 * Comparison: terminal control sequences (colours, the build display's cursor moves) removed, tabs expanded to 8-column stops (the terminal's),
 * trailing spaces ignored. A line `...` in an output block stands for any number of lines.
 * Lessons also get structural checks: frontmatter fields, same slugs and commands in ru and en.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises/index.ts';
import { LiveRun } from './replay.ts';
import { gradeContext } from './grade.ts';

const ROOT = join(import.meta.dirname, '..', 'content');
const LOCALES = ['ru', 'en'] as const;

interface Block {
  lang: string;
  text: string;
  /** Index of the block in the lesson (for messages). */
  index: number;
  /** Only blank lines between this block and the previous one. */
  followsPrevious: boolean;
}

interface Lesson {
  file: string;
  meta: Record<string, string>;
  body: string;
  blocks: Block[];
}

function parseLesson(file: string): Lesson {
  const src = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!m) throw new Error(`${file}: no frontmatter`);
  const meta: Record<string, string> = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]] = kv[2];
  }
  const body = src.slice(m[0].length);
  const blocks: Block[] = [];
  const fence = /^```([\w-]*)\n([\s\S]*?)^```$/gm;
  let last = 0;
  for (let f = fence.exec(body); f; f = fence.exec(body)) {
    const between = body.slice(last, f.index);
    blocks.push({ lang: f[1], text: f[2], index: blocks.length, followsPrevious: blocks.length > 0 && between.trim() === '' });
    last = f.index + f[0].length;
  }
  return { file, meta, body, blocks };
}

function lessonFiles(locale: string): string[] {
  const dir = join(ROOT, 'lessons', locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** The text as a reader compares it: no colour codes, tabs expanded, no trailing spaces. */
function normalize(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- ESC starts the colour sequences removed here
  const lines = text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((l) => expandTabs(l).replace(/\s+$/, ''));
}

/** `expected` lines against `actual`, a `...` line matching any run of lines. */
function matches(expected: string[], actual: string[]): boolean {
  const go = (i: number, j: number): boolean => {
    if (i === expected.length) return j === actual.length;
    if (expected[i] === '...') {
      for (let k = j; k <= actual.length; k++) if (go(i + 1, k)) return true;
      return false;
    }
    return j < actual.length && expected[i] === actual[j] && go(i + 1, j + 1);
  };
  return go(0, 0);
}

const modules = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'modules', `${l}.json`), 'utf8')) as Array<{ id: string; title: string; summary: string }>]));

for (const locale of LOCALES) {
  for (const file of lessonFiles(locale)) {
    const lesson = parseLesson(file);
    const name = `${locale}/${file.split('/').pop()}`;
    describe(`lesson ${name}`, () => {
      it('has the frontmatter the site reads', () => {
        const { meta } = lesson;
        expect(meta.locale).toBe(locale);
        expect(meta.title?.length ?? 0).toBeGreaterThan(0);
        expect(meta.summary?.length ?? 0).toBeGreaterThan(0);
        expect(Number(meta.lesson)).toBe(Number(/\/(\d+)-/.exec(file)![1]));
        expect(modules[locale].map((m) => m.id)).toContain(meta.module);
        if (meta.exercise !== undefined) expect([...EXERCISES.keys()]).toContain(meta.exercise);
      });

      it('ends with its exercise section', () => {
        const heading = locale === 'ru' ? '## Упражнение' : '## Exercise';
        const at = lesson.body.lastIndexOf(`\n${heading}\n`);
        expect(at, heading).toBeGreaterThan(0);
        expect(lesson.body.slice(at + 1).match(/^## /gm)?.length).toBe(1);
      });

      const exercise = EXERCISES.get(lesson.meta.exercise ?? '');
      it.skipIf(!exercise)('prints what its output blocks show, run in order on the exercise\'s host', async () => {
        const run = await LiveRun.start(exercise!);
        const failures: string[] = [];
        for (const b of lesson.blocks) {
          if (b.lang !== 'sh') continue;
          const before = run.context().commands.length;
          for (const line of b.text.replace(/\n$/, '').split('\n')) await run.input({ line });
          const printed = run.context().commands.slice(before).map((c) => c.output).join('');
          const next = lesson.blocks[b.index + 1];
          if (!next || next.lang !== '' || !next.followsPrevious) continue;
          const want = normalize(next.text);
          const got = normalize(printed);
          if (!matches(want, got)) failures.push(`block ${b.index}: ${b.text.trim()}\n--- expected\n${want.join('\n')}\n--- printed\n${got.join('\n')}`);
        }
        expect(failures.join('\n\n')).toBe('');
        // What the lesson leaves on the host must not stand in the exercise's way.
        for (const line of exercise!.solutions[0].log) await run.input({ line });
        const r = gradeContext(exercise!, run.context());
        expect(r.tasks.filter((t) => !t.passed).map((t) => ({ id: t.id, diagnosis: t.diagnosis }))).toEqual([]);
      }, 60_000);
    });
  }
}

describe('both locales', () => {
  const slug = (f: string) => f.split('/').pop()!;
  it('have the same lessons, modules, exercises, files and commands', () => {
    expect(lessonFiles('ru').map(slug)).toEqual(lessonFiles('en').map(slug));
    expect(modules.ru.map((m) => m.id)).toEqual(modules.en.map((m) => m.id));
    for (const f of lessonFiles('ru').map(slug)) {
      const ru = parseLesson(join(ROOT, 'lessons', 'ru', f));
      const en = parseLesson(join(ROOT, 'lessons', 'en', f));
      for (const k of ['lesson', 'module', 'exercise', 'files']) expect(ru.meta[k], `${f} ${k}`).toEqual(en.meta[k]);
      const cmds = (l: Lesson) => l.blocks.filter((b) => b.lang === 'sh').map((b) => b.text);
      expect(cmds(ru), f).toEqual(cmds(en));
    }
  });
});
