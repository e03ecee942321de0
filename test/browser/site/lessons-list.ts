/**
 * The course's lessons as the tests need them, read from content/lessons/<locale>/NN-slug.md
 * frontmatter (the same files the site is built from): slug, exercise id, files the editor opens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env.ts';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];

export interface LessonInfo {
  locale: Locale;
  slug: string;
  lesson: number;
  title: string;
  exercise?: string;
  files: string[];
}

function field(front: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front);
  return m?.[1]?.trim();
}

const unquote = (v: string): string => (v.startsWith('"') ? (JSON.parse(v) as string) : v.replace(/^'|'$/g, ''));

export function lessons(locale: Locale): LessonInfo[] {
  const dir = join(ROOT, 'content/lessons', locale);
  return readdirSync(dir)
    .filter((f) => /^\d+-.+\.md$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = /^---\n([^]*?)\n---/.exec(text)?.[1] ?? '';
      const files = field(front, 'files');
      const exercise = field(front, 'exercise');
      return {
        locale,
        slug: f.replace(/\.md$/, '').replace(/^\d+-/, ''),
        lesson: Number(field(front, 'lesson')),
        title: unquote(field(front, 'title') ?? ''),
        exercise: exercise === undefined ? undefined : unquote(exercise),
        files: files === undefined ? [] : (JSON.parse(files) as string[]),
      };
    })
    .sort((a, b) => a.lesson - b.lesson);
}
