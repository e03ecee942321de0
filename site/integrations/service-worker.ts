/**
 * An Astro integration for offline use. In `astro build` (never in `astro dev`, where there is no
 * sw.js) it
 * - adds to every page's head a small inline script that registers /sw.js once the page has loaded;
 * - after the build, writes dist/sw.js precaching every file of the build (pages, JS chunks, CSS,
 *   the engine's Web Worker, the editor's chunks) in a cache named after a hash of those files.
 * The command decides, not import.meta.env.PROD: a build started from a test runner has
 * NODE_ENV=test, and is still the production site. Node-side only: it runs in Astro's build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildVersion, precacheUrls, serviceWorkerSource, SW_FILE, type BuiltFile } from './precache.ts';

/** After load, so precaching the site never competes with the page's own start-up. */
const REGISTER = `if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch((e) => console.warn('service worker:', e)));`;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export function serviceWorker(): AstroIntegration {
  let template: URL | undefined;
  return {
    name: 'dockersim-service-worker',
    hooks: {
      // The template is found from the project's srcDir: the config (and this file) may be
      // bundled by Vite before it runs, so import.meta.url is not a safe anchor.
      'astro:config:setup': ({ command, injectScript }) => {
        if (command === 'build') injectScript('head-inline', REGISTER);
      },
      'astro:config:done': ({ config }) => {
        template = new URL('integrations/sw-template.js', config.srcDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files: BuiltFile[] = [];
        for (const file of await listFiles(out)) {
          const path = relative(out, file).split(sep).join('/');
          if (path === SW_FILE) continue;
          files.push({ path, bytes: await readFile(file) });
        }
        const version = buildVersion(files);
        const urls = precacheUrls(files.map((f) => f.path));
        if (!template) throw new Error('service worker: astro:config:done did not run');
        const code = await readFile(fileURLToPath(template), 'utf8');
        await writeFile(join(out, SW_FILE), serviceWorkerSource(version, urls, code));
        const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
        logger.info(`sw.js: ${urls.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) precached, version ${version}`);
      },
    },
  };
}
