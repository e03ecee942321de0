// Astro builds the course site. Sources live in site/ (not Astro's default src/) because the
// top-level layout is content/, site/, sandbox-engine/, graders/ (see the design notes).
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { runButtons } from './site/lib/markdown/run-buttons.ts';
import { serviceWorker } from './site/integrations/service-worker.ts';
import { monacoEditor } from './site/lib/editor/monaco-plugin.ts';

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  // Static files copied as they are (the icon); beside the other site sources.
  publicDir: './site/public',
  // A static site: no server, works from any static file server and offline once loaded.
  output: 'static',
  // Every page is <path>/index.html and linked as <path>/.
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'ru',
    locales: ['ru', 'en'],
    // Both locales carry their prefix (/ru/..., /en/...); / is site/pages/index.astro, a static
    // redirect to /ru/ (no server is there to answer with a 302).
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Astro 7's Markdown processor (Sätteri). Lesson prose: a run button under every ```sh block.
    // Smart punctuation is off: lessons are typeset by hand (« », —), and in a text about command
    // lines `--volumes-from` or 'quotes' must stay exactly as typed.
    processor: satteri({ hastPlugins: [runButtons()], features: { smartPunctuation: false } }),
  },
  integrations: [serviceWorker()],
  vite: {
    // monaco's CSS goes with its lazy chunk, and dev prepares monaco at start (site/lib/editor).
    plugins: [monacoEditor()],
    // The engine's Web Worker is started as a module worker (site/lib/terminal/terminal.ts), so it
    // is built as ES modules: its import() calls become chunks fetched on first use instead of
    // being inlined into one file (Vite's default 'iife' worker format cannot split).
    // Its chunks are named worker-* (the deferred engine code, util/preload.ts, and the catalog's
    // data), so a look at the network or the bundle report shows what belongs to the engine.
    worker: { format: 'es', rolldownOptions: { output: { chunkFileNames: '_astro/worker-[name]-[hash].js' } } },
  },
});
