/**
 * The built site, checked as files: one production build into a temporary directory (about ten
 * seconds), then its HTML read with an HTML parser. Routes and redirects, lang attributes, the
 * language switch, landmarks, run buttons, every local link and asset resolving to a built file
 * (so any static file server can serve it), and the service worker's precache list.
 */
import { execFileSync } from 'node:child_process';
import { withBuildLock } from '../helpers/build-lock.ts';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let out = '';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

function elements(node: Root | ElementContent, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if ('children' in node) for (const c of node.children) elements(c as ElementContent, test, found);
  return found;
}

function page(path: string): Root {
  const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
  return htmlToHast(readFileSync(file, 'utf8')) as Root;
}

const byTag = (tree: Root, tag: string) => elements(tree, (e) => e.tagName === tag);
const attr = (e: Element, name: string): string | undefined => {
  const v = e.properties[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
const textOf = (n: ElementContent | Root): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => textOf(c as ElementContent)).join('') : '';

/** Lesson slugs per locale, from the content files (NN-slug.md). */
function lessonSlugs(lang: string): string[] {
  return readdirSync(join(ROOT, 'content/lessons', lang))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, '').replace(/^\d+-/, ''));
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'pages-dist-'));
  try {
    withBuildLock(() => execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, stdio: 'pipe' }));
  } catch (e) {
    // Astro reports build errors on stdout: show both streams, not just "Command failed".
    const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`astro build failed:\n${String(stdout ?? '').slice(-4000)}\n${String(stderr ?? '').slice(-4000)}`);
  }
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('built site', () => {
  it('redirects / to /ru/ without a server, and offers both languages', () => {
    const tree = page('/');
    const refresh = elements(tree, (e) => e.tagName === 'meta' && attr(e, 'httpEquiv') === 'refresh');
    expect(refresh.map((e) => attr(e, 'content'))).toEqual(['0; url=/ru/']);
    expect(byTag(tree, 'a').map((a) => attr(a, 'href'))).toEqual(['/ru/', '/en/']);
  });

  it('builds every page of both locales with the right lang and a language switch to the same page', () => {
    for (const lang of ['ru', 'en']) {
      const other = lang === 'ru' ? 'en' : 'ru';
      const paths = [`/${lang}/`, `/${lang}/sandbox/`, ...lessonSlugs(lang).map((s) => `/${lang}/lessons/${s}/`)];
      for (const path of paths) {
        const tree = page(path);
        expect(attr(byTag(tree, 'html')[0], 'lang'), path).toBe(lang);
        const sw = elements(tree, (e) => attr(e, 'dataLangSwitch') !== undefined);
        expect(sw.map((a) => [attr(a, 'href'), attr(a, 'lang'), attr(a, 'hrefLang')]), path).toEqual([
          [path.replace(`/${lang}/`, `/${other}/`), other, other],
        ]);
        // Landmarks and the skip link.
        expect(byTag(tree, 'header'), path).toHaveLength(1);
        expect(byTag(tree, 'main').map((m) => attr(m, 'id')), path).toEqual(['main']);
        expect(byTag(tree, 'a')[0] && attr(byTag(tree, 'a')[0], 'href'), path).toBe('#main');
        for (const nav of byTag(tree, 'nav')) expect(attr(nav, 'ariaLabel'), path).toBeTruthy();
        expect(byTag(tree, 'h1'), path).toHaveLength(1);
      }
    }
  });

  it('lists every lesson on the course map, in modules, with a progress slot for exercises', () => {
    for (const lang of ['ru', 'en']) {
      const tree = page(`/${lang}/`);
      const items = elements(tree, (e) => attr(e, 'dataLesson') !== undefined);
      expect(items.map((e) => attr(e, 'dataLesson')).sort()).toEqual(lessonSlugs(lang).sort());
      for (const item of items) {
        const link = byTag(item as unknown as Root, 'a')[0];
        expect(attr(link, 'href')).toBe(`/${lang}/lessons/${attr(item, 'dataLesson')}/`);
        if (attr(item, 'dataExercise')) expect(attr(item, 'dataState')).toBe('not-started');
      }
      expect(byTag(tree, 'a').some((a) => attr(a, 'href') === `/${lang}/sandbox/`)).toBe(true);
      expect(elements(tree, (e) => attr(e, 'dataCourseMap') !== undefined)).toHaveLength(1);
    }
  });

  it('puts a labelled run button under every sh block of a lesson and the workspace beside the prose', () => {
    for (const lang of ['ru', 'en']) {
      for (const slug of lessonSlugs(lang)) {
        const md = readdirSync(join(ROOT, 'content/lessons', lang)).find((f) => f.endsWith(`-${slug}.md`))!;
        const blocks = readFileSync(join(ROOT, 'content/lessons', lang, md), 'utf8').match(/^```sh$/gm)?.length ?? 0;
        const tree = page(`/${lang}/lessons/${slug}/`);
        const buttons = elements(tree, (e) => e.tagName === 'button' && attr(e, 'dataRun') !== undefined);
        expect(buttons.length, `${lang}/${slug}`).toBe(blocks);
        for (const b of buttons) {
          expect(attr(b, 'type')).toBe('button');
          expect(attr(b, 'ariaLabel')).toContain(attr(b, 'dataRun')!.split('\n')[0]);
          expect(textOf(b)).toBe(lang === 'ru' ? 'Выполнить' : 'Run');
        }
        const ws = elements(tree, (e) => attr(e, 'dataWorkspace') !== undefined);
        expect(ws.map((w) => [attr(w, 'dataMode'), attr(w, 'dataLang')])).toEqual([['lesson', lang]]);
      }
      const sandbox = elements(page(`/${lang}/sandbox/`), (e) => attr(e, 'dataWorkspace') !== undefined);
      expect(sandbox.map((w) => attr(w, 'dataMode'))).toEqual(['sandbox']);
    }
  });

  it('links only to files that exist, by absolute paths a static server at the root can serve', () => {
    const built = new Set(files(out));
    const resolveUrl = (url: string): string | undefined => {
      const path = url.split(/[?#]/)[0];
      if (path === '') return undefined; // a fragment on the same page
      const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
      return file;
    };
    for (const html of [...built].filter((f) => f.endsWith('.html'))) {
      const tree = htmlToHast(readFileSync(join(out, html), 'utf8')) as Root;
      const refs = elements(tree, () => true).flatMap((e) =>
        ['href', 'src'].map((a) => attr(e, a)).filter((v): v is string => v !== undefined),
      );
      for (const ref of refs) {
        if (/^[a-z]+:/i.test(ref) || ref.startsWith('#')) continue;
        expect(ref.startsWith('/'), `${html}: ${ref}`).toBe(true);
        const file = resolveUrl(ref);
        if (file !== undefined) expect(built.has(file), `${html} links to ${ref}`).toBe(true);
      }
    }
    expect(built.has('favicon.svg')).toBe(true);
    expect(built.has('404.html')).toBe(true);
  });

  it('writes a service worker that precaches every other built file', () => {
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    const version = /^const VERSION = "([0-9a-f]{16})";$/m.exec(sw)?.[1];
    expect(version).toBeDefined();
    const precache = JSON.parse(/^const PRECACHE = (\[.*\]);$/m.exec(sw)![1]) as string[];
    const expected = files(out)
      .filter((f) => f !== 'sw.js')
      .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
      .sort();
    expect(precache).toEqual(expected);
    // The engine's worker and the editor's chunks are in it, not only pages.
    expect(precache.some((u) => /^\/_astro\/.*worker.*\.js$/.test(u))).toBe(true);
    expect(statSync(join(out, 'sw.js')).size).toBeGreaterThan(1000);
    // Production pages register it (even when the build runs under a test runner).
    for (const html of ['index.html', 'ru/index.html', 'en/lessons/layers/index.html', '404.html']) {
      expect(readFileSync(join(out, html), 'utf8'), html).toContain("navigator.serviceWorker.register('/sw.js')");
    }
    expect(existsSync(join(out, 'en/sandbox/index.html'))).toBe(true);
  });
});
