/**
 * The Vite plugin the file editor needs (register in astro.config.mjs:
 * `vite: { plugins: [monacoEditor()] }`). Two jobs:
 *
 * Build: keep monaco's CSS out of the lesson pages' <head>. monaco's ESM files import their style
 * sheets (`import './hover.css'`), and Astro links the CSS of every module a page script can
 * reach, dynamic imports included: without this the editor's ~136 KB of CSS would be linked,
 * render-blocking, on every page with a Workspace, although monaco itself loads only when the
 * student opens the editor. Each such import becomes a tiny module that imports the sheet as a
 * string (`?inline`; url()s still point at emitted assets) and injects it (css-inject.ts), so the
 * CSS travels inside the editor's lazy chunks.
 *
 * Dev: pre-bundle monaco's entry points at server start. Otherwise Vite discovers them only when
 * the student first opens the editor, re-optimizes and reloads the page.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Every monaco module view.ts imports (test/site/editor-plugin.test.ts keeps the two in step). */
export const MONACO_IMPORTS = [
  'monaco-editor/editor',
  'monaco-editor/features/bracketMatching/register',
  'monaco-editor/features/clipboard/register',
  'monaco-editor/features/comment/register',
  'monaco-editor/features/cursorUndo/register',
  'monaco-editor/features/find/register',
  'monaco-editor/features/gotoError/register',
  'monaco-editor/features/hover/register',
  'monaco-editor/features/indentation/register',
  'monaco-editor/features/linesOperations/register',
  'monaco-editor/features/toggleTabFocusMode/register',
  'monaco-editor/features/wordOperations/register',
  'monaco-editor/languages/definitions/dockerfile/register',
  'monaco-editor/languages/definitions/shell/register',
];

const PREFIX = '\0monaco-css:';
// A `.js` ending so neither Vite's CSS plugin nor Astro's CSS collection takes it for a style sheet.
const SUFFIX = '.inject.js';
const INJECT = fileURLToPath(new URL('./css-inject.ts', import.meta.url));
const FROM_MONACO = /[\\/]node_modules[\\/]monaco-editor[\\/]/;

export function monacoEditor(): Plugin {
  let building = false;
  return {
    name: 'dockersim:monaco-editor',
    enforce: 'pre',
    config(_config, env) {
      building = env.command === 'build';
      return building ? {} : { optimizeDeps: { include: MONACO_IMPORTS } };
    },
    async resolveId(source, importer) {
      if (!building || importer === undefined || !source.endsWith('.css') || !FROM_MONACO.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (resolved === null || resolved.external) return null;
      return PREFIX + resolved.id + SUFFIX;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return (
        `import css from ${JSON.stringify(file + '?inline')};\n` +
        `import { addMonacoCss } from ${JSON.stringify(INJECT)};\n` +
        'addMonacoCss(css);\n'
      );
    },
  };
}
