/** The course map's and lesson pages' pure helpers: locales, paths, lesson order, modules, states. */
import { describe, expect, it } from 'vitest';
import { courseModules, lessonSlug, neighbours, type LessonMeta } from '../../site/lib/course/lessons.ts';
import { fill, isLocale, otherLocales, uiStrings, LOCALES } from '../../site/lib/course/locale.ts';
import { modulesFor, parseModules } from '../../site/lib/course/modules.ts';
import { homePath, lessonPath, localizedPath, sandboxPath } from '../../site/lib/course/paths.ts';
import { stateText, type MapLabels } from '../../site/lib/course/map-client.ts';
import { en } from '../../site/i18n/en.ts';
import { ru } from '../../site/i18n/ru.ts';

const lesson = (slug: string, n: number, module: string, exercise?: string): LessonMeta => ({
  slug,
  title: slug.toUpperCase(),
  lesson: n,
  module,
  summary: `about ${slug}`,
  exercise,
});

describe('locales and strings', () => {
  it('knows ru (default first) and en', () => {
    expect(LOCALES).toEqual(['ru', 'en']);
    expect(isLocale('ru')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(otherLocales('ru')).toEqual(['en']);
    expect(otherLocales('en')).toEqual(['ru']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Lesson {n} · {module}', { n: 2, module: 'Data' })).toBe('Lesson 2 · Data');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('has the same keys in ru and en, none empty, and different texts where words are involved', () => {
    const leaves = (o: unknown, prefix = ''): Map<string, string> => {
      const out = new Map<string, string>();
      for (const [k, v] of Object.entries(o as object)) {
        if (typeof v === 'string') out.set(prefix + k, v);
        else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
      }
      return out;
    };
    const r = leaves(ru);
    const e = leaves(en);
    expect([...r.keys()].sort()).toEqual([...e.keys()].sort());
    for (const [k, v] of r) {
      expect(v.trim(), k).not.toBe('');
      expect(e.get(k)!.trim(), k).not.toBe('');
    }
    expect(r.get('lesson.run')).not.toBe(e.get('lesson.run'));
    // Placeholders agree between the two languages.
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of r) expect(names(v), k).toEqual(names(e.get(k)!));
    expect(uiStrings('ru')).toBe(ru);
  });
});

describe('paths', () => {
  it('builds locale-prefixed, slash-terminated paths', () => {
    expect(homePath('ru')).toBe('/ru/');
    expect(sandboxPath('en')).toBe('/en/sandbox/');
    expect(lessonPath('en', 'layers')).toBe('/en/lessons/layers/');
  });

  it('swaps the locale to find the same page in the other language', () => {
    expect(localizedPath('/ru/lessons/layers/', 'en')).toBe('/en/lessons/layers/');
    expect(localizedPath('/en/sandbox/', 'ru')).toBe('/ru/sandbox/');
    expect(localizedPath('/en/', 'ru')).toBe('/ru/');
  });

  it('falls back to the course map when the page does not exist there, or the path has no locale', () => {
    expect(localizedPath('/ru/lessons/only-ru/', 'en', (p) => p !== '/en/lessons/only-ru/')).toBe('/en/');
    expect(localizedPath('/', 'en')).toBe('/en/');
    expect(localizedPath('/404.html', 'ru')).toBe('/ru/');
  });
});

describe('lessons and modules', () => {
  it('derives the slug from the collection id or the file name', () => {
    expect(lessonSlug('ru/01-layers')).toBe('layers');
    expect(lessonSlug('03-mounts.md')).toBe('mounts');
    expect(lessonSlug('en/12-build-cache')).toBe('build-cache');
    expect(lessonSlug('intro')).toBe('intro');
  });

  it('groups lessons under modules in the modules file order, lessons by number', () => {
    const modules = [
      { id: 'images', title: 'Images', summary: 's1' },
      { id: 'data', title: 'Data', summary: 's2' },
      { id: 'empty', title: 'Empty', summary: 's3' },
    ];
    const map = courseModules(modules, [lesson('mounts', 3, 'data'), lesson('build', 2, 'images'), lesson('layers', 1, 'images')]);
    expect(map.map((m) => [m.id, m.lessons.map((l) => l.slug)])).toEqual([
      ['images', ['layers', 'build']],
      ['data', ['mounts']],
    ]);
  });

  it('keeps a lesson whose module is missing from the file, under a module named by its id', () => {
    const map = courseModules([{ id: 'images', title: 'Images', summary: '' }], [lesson('x', 1, 'nowhere')]);
    expect(map).toEqual([{ id: 'nowhere', title: 'nowhere', summary: '', lessons: [lesson('x', 1, 'nowhere')] }]);
  });

  it('finds previous and next lessons in course order', () => {
    const all = [lesson('c', 3, 'm'), lesson('a', 1, 'm'), lesson('b', 2, 'm')];
    expect(neighbours(all, 'a')).toEqual({ previous: undefined, next: all[2] });
    expect(neighbours(all, 'b')).toEqual({ previous: all[1], next: all[0] });
    expect(neighbours(all, 'c')).toEqual({ previous: all[2], next: undefined });
    expect(neighbours(all, 'zzz')).toEqual({});
  });

  it('reads both modules files, with the same ids in the same order', () => {
    const r = modulesFor('ru');
    const e = modulesFor('en');
    expect(r.length).toBeGreaterThan(0);
    expect(r.map((m) => m.id)).toEqual(e.map((m) => m.id));
    for (const m of [...r, ...e]) expect(m.title).not.toBe('');
  });

  it('rejects a malformed modules file with its name', () => {
    expect(() => parseModules({}, 'x.json')).toThrow(/x\.json: expected an array/);
    expect(() => parseModules([{ id: 'a', title: 1 }], 'x.json')).toThrow(/x\.json: module 0/);
  });
});

describe('course map state text', () => {
  const labels: MapLabels = { states: en.courseMap.states, tasksDone: en.courseMap.tasksDone };
  it('says the state, with the task count while in progress', () => {
    expect(stateText(labels, 'not-started', undefined)).toBe('Not started');
    expect(stateText(labels, 'done', { seed: 1, log: [], results: { passed: 3, total: 3 }, updatedAt: '' })).toBe('Done');
    expect(stateText(labels, 'in-progress', { seed: 1, log: [{ line: 'ls' } as never], results: { passed: 1, total: 3 }, updatedAt: '' })).toBe(
      'In progress · 1 of 3 tasks',
    );
    expect(stateText(labels, 'in-progress', { seed: 1, log: [{ line: 'ls' } as never], updatedAt: '' })).toBe('In progress');
  });
});
