/** The editor's Vite plugin: its dev pre-bundle list matches view.ts, and monaco CSS is rerouted. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONACO_IMPORTS, monacoEditor } from '../../site/lib/editor/monaco-plugin.ts';

describe('monaco plugin', () => {
  it('pre-bundles exactly the monaco modules view.ts imports (the worker aside)', () => {
    const view = readFileSync(new URL('../../site/lib/editor/view.ts', import.meta.url), 'utf8');
    const imports = [...view.matchAll(/^import (?:[^'"]+ from )?'(monaco-editor\/[^'?]+)'/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual([...MONACO_IMPORTS].sort());
  });

  it('in a build, turns monaco CSS imports into injecting modules; leaves everything else', async () => {
    const plugin = monacoEditor();
    const config = plugin.config as (c: object, env: { command: string; mode: string }) => object;
    expect(config({}, { command: 'build', mode: 'production' })).toEqual({});
    const resolveId = plugin.resolveId as (this: unknown, s: string, i: string | undefined) => Promise<string | null>;
    const ctx = { resolve: async (s: string) => ({ id: `/nm/monaco-editor/esm/vs/x/${s.replace('./', '')}`, external: false }) };
    const id = await resolveId.call(ctx, './hover.css', '/w/node_modules/monaco-editor/esm/vs/x/hover.js');
    expect(id).toBe('\0monaco-css:/nm/monaco-editor/esm/vs/x/hover.css.inject.js');
    expect(await resolveId.call(ctx, './page.css', '/w/site/page.ts')).toBeNull();
    expect(await resolveId.call(ctx, './x.js', '/w/node_modules/monaco-editor/esm/vs/x/a.js')).toBeNull();
    const code = (plugin.load as (id: string) => string | null)(id!);
    expect(code).toContain('"/nm/monaco-editor/esm/vs/x/hover.css?inline"');
    expect(code).toContain('addMonacoCss(css)');
  });

  it('in dev, only asks Vite to pre-bundle monaco', async () => {
    const plugin = monacoEditor();
    const config = plugin.config as (c: object, env: { command: string; mode: string }) => object;
    expect(config({}, { command: 'serve', mode: 'development' })).toEqual({ optimizeDeps: { include: MONACO_IMPORTS } });
    const resolveId = plugin.resolveId as (this: unknown, s: string, i: string | undefined) => Promise<string | null>;
    expect(await resolveId.call({}, './hover.css', '/w/node_modules/monaco-editor/esm/vs/x/hover.js')).toBeNull();
  });
});
