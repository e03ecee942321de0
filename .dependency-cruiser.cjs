/**
 * Dependency rules that keep the architecture true (design.md, "Dependency direction"):
 * the engine runs in a Web Worker, in Node and in tests alike, so it may use only itself and a
 * short list of browser-safe npm packages; lessons are data; graders see the engine only through
 * its public entry. `npm run depcheck` runs this and fails on any rule of severity "error".
 *
 * Parsing: TypeScript 7 has no JavaScript compiler API for dependency-cruiser to load, so .ts files
 * are parsed with swc (@swc/core). Imports carry their `.ts` extension, so plain resolution finds
 * the files; tsConfig is named anyway for the day dependency-cruiser can read it.
 */

/** npm packages the engine may import (browser-safe, synchronous, no Node built-ins). */
const ENGINE_NPM_ALLOW = [
  '@noble/hashes',
  // Planned, not yet installed: 'fflate', 'modern-tar'.
];

/**
 * The engine's shipped code. Its colocated tests (*.test.ts) run only in Node under vitest, so
 * they may use vitest, fast-check, node:* and test/helpers.
 */
const ENGINE_CODE = { path: '^sandbox-engine/', pathNot: '\\.test\\.ts$' };

const NPM_TYPES = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const engineNpmRule = {
  name: 'engine-npm-allow-list',
  comment:
    'sandbox-engine/ may import only the npm packages in ENGINE_NPM_ALLOW (.dependency-cruiser.cjs): ' +
    'it must run unchanged in a Web Worker.',
  severity: 'error',
  from: ENGINE_CODE,
  to: {
    dependencyTypes: NPM_TYPES,
    ...(ENGINE_NPM_ALLOW.length > 0
      ? { pathNot: `^node_modules/(${ENGINE_NPM_ALLOW.map(escapeRe).join('|')})/` }
      : {}),
  },
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-self-contained',
      comment: 'sandbox-engine/ imports nothing of ours outside sandbox-engine/ (no site, graders, scripts, test).',
      severity: 'error',
      from: ENGINE_CODE,
      to: { pathNot: ['^sandbox-engine/', '^node_modules/'], dependencyTypesNot: ['core'], couldNotResolve: false },
    },
    {
      name: 'engine-no-node-builtins',
      comment: 'sandbox-engine/ runs in a Web Worker: no node:* or other Node built-in modules.',
      severity: 'error',
      from: ENGINE_CODE,
      to: { dependencyTypes: ['core'] },
    },
    engineNpmRule,
    {
      name: 'content-imports-nothing-of-ours',
      comment: 'content/ (lessons) is data: it imports nothing from the rest of the project.',
      severity: 'error',
      from: { path: '^content/' },
      to: { pathNot: ['^content/', '^node_modules/'], dependencyTypesNot: ['core'], couldNotResolve: false },
    },
    {
      name: 'graders-use-engine-public-entry',
      comment: 'graders/ reach the engine only through sandbox-engine/index.ts, its public entry.',
      severity: 'error',
      from: { path: '^graders/' },
      to: { path: '^sandbox-engine/', pathNot: '^sandbox-engine/index\\.ts$' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'engine-no-circular',
      comment: 'Cycles inside the engine make load order fragile; reported, not fatal.',
      severity: 'warn',
      from: ENGINE_CODE,
      to: { path: '^sandbox-engine/', circular: true },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a type import still ties the engine to what it names.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
