/**
 * What the built site makes a browser download, chunk by chunk.
 *
 *   npm run build && node scripts/bundle-report.ts [DIR]
 *       a finished build (default dist/): every chunk's size and gzip size, and each page kind's
 *       start-up JavaScript (loaded before anything is clicked)
 *   node scripts/bundle-report.ts --sources [N]
 *       builds the site into a scratch directory (node_modules/.cache/bundle-report-*, removed
 *       afterwards; dist/ is not touched) with source maps, prints the same report, then for every
 *       chunk over 20 KB the N source files (default 15) and the folders that make up most of it
 *
 * Start-up JavaScript of a page: its <script type="module"> entries, every chunk they import
 * statically (transitively), and every Web Worker they start (`new Worker(new URL(...))`) with the
 * worker's own static imports. Chunks reached only through import() are loaded on demand and
 * summed apart; note that a lesson's exercise setup pulls images at start, so the catalog data
 * chunks of those images (catalog/build.ts) are fetched before the terminal is ready too. Sizes
 * are gzip -9 of each file, close to what a server sends.
 *
 * Per-source attribution maps each byte of the minified chunk to the source file its source map
 * names; the gzip column compresses each source's bytes on their own (an estimate: gzip of a
 * whole chunk is a little smaller than the sum of its parts). `buildWithSources` takes extra Vite
 * plugins, for what-if experiments (e.g. a transform that turns static imports into import()).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PluginOption } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

const gz = (b: Uint8Array | string): number => gzipSync(b, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// Chunk graph of a finished build.

interface Chunk {
  file: string; // path under the build directory, e.g. _astro/worker-abc.js
  raw: number;
  gzip: number;
  staticImports: string[];
  dynamicImports: string[];
  workers: string[];
}

/** `./x.js` or `/_astro/x.js` seen from `_astro/y.js` → `_astro/x.js`. */
function resolveRef(from: string, ref: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  const base = from.split('/').slice(0, -1);
  for (const part of ref.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') base.pop();
    else base.push(part);
  }
  return base.join('/');
}

const Q = '["\'`]';
const STATIC_IMPORT = new RegExp(`(?:^|[;}\\s])(?:import|export)\\s*(?:[^"'\`()]*?\\sfrom\\s*|[{*][^"'\`()]*?from\\s*)?${Q}([^"'\`]+\\.js)${Q}`, 'g');
const BARE_IMPORT = new RegExp(`(?:^|[;}\\s])import\\s*${Q}([^"'\`]+\\.js)${Q}`, 'g');
const DYNAMIC_IMPORT = new RegExp(`import\\(\\s*${Q}([^"'\`]+\\.js)${Q}\\s*\\)`, 'g');
// Vite's preload helper lists chunk paths relative to the site root.
const MAP_DEPS = /__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/;
const WORKER = new RegExp(`new\\s+Worker\\(\\s*new\\s+URL\\(\\s*${Q}([^"'\`]+\\.js)${Q}`, 'g');

function readChunk(dir: string, file: string): Chunk {
  const code = readFileSync(join(dir, file), 'utf8');
  const all = (re: RegExp): string[] => [...code.matchAll(re)].map((m) => resolveRef(file, m[1]));
  const dynamicImports = all(DYNAMIC_IMPORT);
  const deps = MAP_DEPS.exec(code);
  if (deps) for (const m of deps[1].matchAll(/["'`]([^"'`]+\.js)["'`]/g)) dynamicImports.push(m[1]);
  return {
    file,
    raw: Buffer.byteLength(code),
    gzip: gz(code),
    staticImports: [...new Set([...all(STATIC_IMPORT), ...all(BARE_IMPORT)])],
    dynamicImports: [...new Set(dynamicImports)],
    workers: [...new Set(all(WORKER))],
  };
}

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(ext)) out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

interface PageLoad {
  initial: string[];
  onDemand: string[];
}

/** The chunks a page loads at start, and those it can reach only through import(). */
function pageLoad(dir: string, html: string, chunks: Map<string, Chunk>): PageLoad {
  const text = readFileSync(join(dir, html), 'utf8');
  const entries = [...text.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\//, ''));
  for (const m of text.matchAll(/<script[^>]*type="module"[^>]*>([^<]*)<\/script>/g)) {
    for (const i of m[1].matchAll(/import\s*["']([^"']+\.js)["']/g)) entries.push(i[1].replace(/^\//, ''));
  }
  const initial = new Set<string>();
  const visit = (file: string): void => {
    if (initial.has(file)) return;
    const c = chunks.get(file);
    if (!c) return;
    initial.add(file);
    for (const s of c.staticImports) visit(s);
    for (const w of c.workers) visit(w);
  };
  entries.forEach(visit);
  const onDemand = new Set<string>();
  const visitLazy = (file: string): void => {
    if (initial.has(file) || onDemand.has(file)) return;
    const c = chunks.get(file);
    if (!c) return;
    onDemand.add(file);
    for (const s of [...c.staticImports, ...c.dynamicImports, ...c.workers]) visitLazy(s);
  };
  for (const f of initial) for (const d of chunks.get(f)!.dynamicImports) visitLazy(d);
  return { initial: [...initial], onDemand: [...onDemand] };
}

export function report(dir: string): void {
  const files = listFiles(dir, '.js').filter((f) => f !== 'sw.js');
  const chunks = new Map(files.map((f) => [f, readChunk(dir, f)]));
  console.log(`Chunks in ${dir} (gzip -9, raw):`);
  for (const c of [...chunks.values()].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${kb(c.gzip).padStart(10)} ${kb(c.raw).padStart(10)}  ${c.file}`);
  }
  const pages = listFiles(dir, '.html');
  const kinds: [string, RegExp][] = [
    ['lesson page', /^[a-z]{2}\/lessons\/[^/]+\/index\.html$/],
    ['sandbox page', /^[a-z]{2}\/sandbox\/index\.html$/],
    ['course map', /^[a-z]{2}\/index\.html$/],
  ];
  for (const [kind, re] of kinds) {
    const page = pages.find((p) => re.test(p));
    if (!page) continue;
    const load = pageLoad(dir, page, chunks);
    const sum = (fs: string[]): number => fs.reduce((n, f) => n + chunks.get(f)!.gzip, 0);
    console.log(`\n${kind} (${page}): start-up JavaScript ${kb(sum(load.initial))} gzip`);
    for (const f of load.initial) console.log(`  ${kb(chunks.get(f)!.gzip).padStart(10)}  ${f}`);
    if (load.onDemand.length > 0) {
      console.log(`  on demand (import()): ${kb(sum(load.onDemand))} gzip in ${load.onDemand.length} chunks`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Per-source attribution through source maps.

interface RawMap {
  sources: string[];
  mappings: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one mappings line into [generated column, source index or -1] pairs. */
function* segments(mappings: string): Generator<{ line: number; col: number; source: number }> {
  let line = 0;
  let source = 0;
  let i = 0;
  while (i < mappings.length) {
    let col = 0;
    for (; i < mappings.length && mappings[i] !== ';'; i++) {
      if (mappings[i] === ',') continue;
      const fields: number[] = [];
      while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
        let value = 0;
        let shift = 0;
        let digit: number;
        do {
          digit = B64_VALUE.get(mappings[i++])!;
          value += (digit & 31) << shift;
          shift += 5;
        } while (digit & 32);
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      }
      i--;
      col += fields[0];
      if (fields.length >= 4) source += fields[1];
      yield { line, col, source: fields.length >= 4 ? source : -1 };
    }
    line++;
    i++;
  }
}

/** Bytes of the chunk per source file (minified text each source produced). */
function attribute(code: string, map: RawMap): Map<string, string> {
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  const add = (src: string, text: string): void => {
    if (!text) return;
    const list = pieces.get(src) ?? [];
    list.push(text);
    pieces.set(src, list);
  };
  let prev: { line: number; col: number; source: number } | undefined;
  const flush = (end: { line: number; col: number } | undefined): void => {
    if (!prev) return;
    const name = prev.source >= 0 ? map.sources[prev.source] : '(no source)';
    const text = lines[prev.line] ?? '';
    if (end && end.line === prev.line) add(name, text.slice(prev.col, end.col));
    else add(name, text.slice(prev.col));
  };
  for (const s of segments(map.mappings)) {
    flush(s);
    prev = s;
  }
  flush(undefined);
  return new Map([...pieces].map(([k, v]) => [k, v.join('')]));
}

/** Shortens a source path to the project-relative one (node_modules kept as package/path). */
function shortSource(src: string): string {
  const abs = src.replace(/^.*?(\/work\/|\/node_modules\/)/, (m) => (m.endsWith('/node_modules/') ? 'node_modules/' : '/work/'));
  const at = abs.indexOf(ROOT + '/');
  if (at >= 0) return abs.slice(at + ROOT.length + 1);
  const nm = abs.lastIndexOf('node_modules/');
  if (nm >= 0) return abs.slice(nm);
  return src.replace(/^(\.\.\/)+/, '');
}

interface OutputChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  map?: RawMap | null;
}

/** Builds the site into a scratch directory with source maps and prints the report plus sources. */
export async function buildWithSources(top: number, extraPlugins: PluginOption[] = []): Promise<void> {
  // Inside the project, so the intermediate server build resolves the project's packages.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const base = mkdtempSync(join(cache, 'bundle-report-'));
  const out = join(base, 'dist');
  // Astro puts its intermediate server build in <outDir>/.prerender only when the outDir is
  // inside the working directory, else in ./.astro of the working directory, which a concurrent
  // build of the project (the browser tests) would share.
  const cwd = process.cwd();
  process.chdir(base);
  const seen = new Map<string, Map<string, string>>();
  const collector: PluginOption = {
    name: 'bundle-report-collector',
    generateBundle(_opts: unknown, bundle: Record<string, OutputChunkLike>): void {
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk' || !c.map || !c.code) continue;
        seen.set(c.fileName, attribute(c.code, c.map));
      }
    },
  };
  try {
    const { build } = await import('astro');
    await build({
      root: ROOT,
      outDir: out,
      logLevel: 'warn',
      vite: {
        build: { sourcemap: 'hidden' },
        plugins: [...extraPlugins, collector],
        worker: { plugins: () => [...extraPlugins, collector] },
      },
    });
    report(out);
    for (const [file, bySource] of [...seen].sort()) {
      const name = file.replace(/^.*\//, '');
      const onDisk = listFiles(out, '.js').find((f) => f.endsWith('/' + name));
      if (!onDisk) continue;
      const rows = [...bySource].map(([src, text]) => ({ src: shortSource(src), raw: Buffer.byteLength(text), gzip: gz(text) }));
      const merged = new Map<string, { raw: number; gzip: number }>();
      for (const r of rows) {
        const m = merged.get(r.src) ?? { raw: 0, gzip: 0 };
        m.raw += r.raw;
        m.gzip += r.gzip;
        merged.set(r.src, m);
      }
      const sorted = [...merged].sort((a, b) => b[1].raw - a[1].raw);
      const total = sorted.reduce((n, [, v]) => n + v.raw, 0);
      if (total < 20 * 1024) continue;
      console.log(`\n${onDisk}: ${sorted.length} sources, ${kb(total)} minified; largest (minified, gzip alone):`);
      for (const [src, v] of sorted.slice(0, top)) console.log(`  ${kb(v.raw).padStart(10)} ${kb(v.gzip).padStart(10)}  ${src}`);
      // Folder totals show what a whole subsystem costs (two and three levels deep).
      for (const depth of [2, 3]) {
        const byDir = new Map<string, { raw: number; gzip: number }>();
        for (const [src, v] of sorted) {
          const parts = src.split('/');
          const keep = src.startsWith('node_modules/') ? (parts[1].startsWith('@') ? 3 : 2) : Math.min(depth, parts.length - 1) || 1;
          const dir = parts.slice(0, keep).join('/');
          const d = byDir.get(dir) ?? { raw: 0, gzip: 0 };
          d.raw += v.raw;
          d.gzip += v.gzip;
          byDir.set(dir, d);
        }
        console.log(`  by folder (${depth} levels):`);
        for (const [d, n] of [...byDir].sort((a, b) => b[1].raw - a[1].raw).slice(0, top)) console.log(`  ${kb(n.raw).padStart(10)} ${kb(n.gzip).padStart(10)}  ${d}`);
      }
    }
  } finally {
    process.chdir(cwd);
    rmSync(base, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args[0] === '--sources') {
    await buildWithSources(Number(args[1] ?? 15) || 15);
  } else {
    report(resolve(args[0] ?? join(ROOT, 'dist')));
  }
}
