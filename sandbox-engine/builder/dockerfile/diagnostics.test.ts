import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnostics.ts';
import { parseCaseFile } from './testdata/cases.ts';

// The expected texts are the ones recorded from BuildKit for the parser's own tests (testdata/*.txt,
// produced by running BuildKit v0.25.2's Go packages): the editor must say exactly what
// `docker build` says, on the same line.
const read = (name: string) => parseCaseFile(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));
const instructionCases = read('instruction-cases.txt');
const parserCases = read('parser-cases.txt');

const errorsOf = (text: string) => diagnose(text).filter((d) => d.severity === 'error');

describe('diagnose: errors as BuildKit reports them (instruction cases)', () => {
  it('has the corpus', () => {
    expect(instructionCases.filter((c) => c.error).length).toBeGreaterThanOrEqual(50);
  });
  for (const c of instructionCases) {
    it(c.name, () => {
      const errors = errorsOf(c.dockerfile);
      if (c.ok) {
        expect(errors).toEqual([]);
        return;
      }
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toBe(c.error!.message);
      // Errors BuildKit gives without a line (empty file, no stages) are shown on line 1.
      expect(errors[0].line).toBe(Math.max(1, c.error!.line));
    });
  }
});

describe('diagnose: parser errors (parser cases)', () => {
  // A zero-byte file never reaches the parser: dockerfile2llb rejects it first (the instruction
  // cases hold that text, `the Dockerfile cannot be empty`).
  const withError = parserCases.filter((c) => c.error !== undefined && c.dockerfile !== '');
  it('has the corpus', () => {
    expect(withError.length).toBeGreaterThanOrEqual(10);
  });
  for (const c of withError) {
    it(c.name, () => {
      const errors = errorsOf(c.dockerfile);
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toBe(c.error!.message);
      expect(errors[0].line).toBe(c.error!.line);
    });
  }
});

describe('diagnose: locations', () => {
  it('marks the unknown instruction word, indented or not', () => {
    expect(diagnose('FROM alpine\n  RUNN echo hi\n')).toEqual([
      {
        line: 2, endLine: 2, column: 3, endColumn: 7, severity: 'error', code: 'unknown-instruction',
        message: 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
      },
    ]);
  });

  it('spans every line of a continued instruction', () => {
    const [d] = diagnose('FROM alpine\nCOPY \\\n  --chmod=x \\\n  a\n');
    expect(d).toMatchObject({ severity: 'error', line: 2, endLine: 4 });
    expect(d.column).toBeUndefined();
  });

  it('puts errors without a location on line 1', () => {
    expect(diagnose('')).toEqual([
      { line: 1, endLine: 1, severity: 'error', code: 'empty', message: 'the Dockerfile cannot be empty' },
    ]);
  });

  it('reports only the first error, as docker build stops there', () => {
    const errors = errorsOf('FROM alpine\nRUNN a\nCOPYY b c\n');
    expect(errors.map((e) => e.line)).toEqual([2]);
  });

  it('accepts a correct Dockerfile', () => {
    expect(errorsOf('FROM alpine:3.19 AS build\nRUN echo hi > /hi\nFROM build\nCOPY --from=build /hi /hi\nCMD ["cat", "/hi"]\n')).toEqual([]);
  });
});

describe('diagnose: stage names (dockerfile2llb parses each FROM as an image reference)', () => {
  it('rejects an upper-case image name', () => {
    // Real BuildKit (the 20.10 daemon here, older reference package) printed:
    //   failed to parse stage name "Alpine": invalid reference format: repository name must be lowercase
    // Engine 28's distribution/reference v0.6 adds the name; the engine's reference parser has that text.
    expect(errorsOf('FROM Alpine\nRUN true\n')).toEqual([
      {
        line: 1, endLine: 1, severity: 'error', code: 'stage-name',
        message: 'failed to parse stage name "Alpine": invalid reference format: repository name (library/Alpine) must be lowercase',
      },
    ]);
  });

  it('accepts earlier stages, scratch and names with variables', () => {
    expect(errorsOf('FROM alpine AS Base\nFROM base\nFROM scratch\nARG X=y\nFROM $X\n')).toEqual([]);
  });

  it('takes a stage name in other case for an image, as BuildKit does', () => {
    // Recorded from real BuildKit (20.10 daemon; Engine 28's reference package names the repository):
    //   printf 'FROM scratch AS builder\nFROM Builder\n' | docker build -f - .
    //   failed to parse stage name "Builder": invalid reference format: repository name must be lowercase
    expect(errorsOf('FROM scratch AS builder\nFROM Builder\n')).toMatchObject([
      {
        line: 2,
        message: 'failed to parse stage name "Builder": invalid reference format: repository name (library/Builder) must be lowercase',
      },
    ]);
  });
});

// Build checks. The cases in testdata/lint-cases.txt were recorded by running BuildKit's own code
// (see the file's header); the checks convert.go runs while dispatching stages need a whole build,
// so their cases below follow convert.go's code, with texts recorded from the rules' Format
// functions run in Go (linter/ruleset.go, BuildKit v0.25.2):
//   JSON arguments recommended for CMD to prevent unintended behavior related to OS signals
//   Multiple CMD instructions should not be used in the same stage because only the last one will be used
//   "ENV key=value" should be used instead of legacy "ENV key value" format
//   "label key=value" should be used instead of legacy "label key value" format
//   Do not use ARG or ENV instructions for sensitive data (ARG "API_KEY")
//   Relative workdir "app" can have unexpected results if the base image changes
const lintCases = read('lint-cases.txt');
const DISPATCH_RULES = new Set([
  'JSONArgsRecommended', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'SecretsUsedInArgOrEnv', 'WorkdirRelativePath',
]);
const warningsOf = (text: string) => diagnose(text).filter((d) => d.severity === 'warning');
const asRecorded = (text: string) =>
  warningsOf(text)
    .filter((d) => !DISPATCH_RULES.has(d.code!))
    .map((d) => `${d.code}|${d.line}|${d.message.slice(d.code!.length + 2)}`);

describe('diagnose: build checks recorded from BuildKit (lint cases)', () => {
  it('has the corpus', () => {
    expect(lintCases.length).toBeGreaterThanOrEqual(20);
  });
  for (const c of lintCases) {
    it(c.name, () => {
      expect(errorsOf(c.dockerfile)).toEqual([]);
      if (c.name === 'check-skip-not-in-harness') {
        // The harness ignores `# check=`; docker build honours it: the warning is skipped.
        expect(c.warnings).toHaveLength(1);
        expect(asRecorded(c.dockerfile)).toEqual([]);
        return;
      }
      const sort = (xs: string[]) => [...xs].sort();
      expect(sort(asRecorded(c.dockerfile))).toEqual(sort(c.warnings ?? []));
    });
  }

  it('writes warnings as docker build lists them, Rule: message', () => {
    expect(warningsOf('FROM alpine AS Build\n')).toEqual([
      { line: 1, endLine: 1, severity: 'warning', code: 'StageNameCasing', message: "StageNameCasing: Stage name 'Build' should be lowercase" },
    ]);
  });

  it('reports warnings only when there is no error (the build stops first)', () => {
    expect(diagnose('FROM alpine AS Build\nRUNN x\n').map((d) => d.severity)).toEqual(['error']);
  });
});

describe('diagnose: build checks run while dispatching', () => {
  const rules = (text: string) => warningsOf(text).map((d) => `${d.code}|${d.line}`);

  it('JSONArgsRecommended for shell-form CMD and ENTRYPOINT, not after SHELL', () => {
    expect(warningsOf('FROM alpine\nCMD echo hi\n')).toEqual([
      {
        line: 2, endLine: 2, severity: 'warning', code: 'JSONArgsRecommended',
        message: 'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
      },
    ]);
    expect(rules('FROM alpine\nENTRYPOINT top -b\nCMD ["-d", "1"]\n')).toEqual(['JSONArgsRecommended|2']);
    expect(rules('FROM alpine\nSHELL ["/bin/sh", "-c"]\nCMD echo hi\n')).toEqual([]);
    // SHELL in the stage it is built on counts too.
    expect(rules('FROM alpine AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD echo hi\n')).toEqual([]);
  });

  it('MultipleInstructionsDisallowed points at the instruction that is ignored', () => {
    expect(warningsOf('FROM alpine\nCMD ["a"]\nCMD ["b"]\n')).toEqual([
      {
        line: 2, endLine: 2, severity: 'warning', code: 'MultipleInstructionsDisallowed',
        message: 'MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used',
      },
    ]);
    expect(rules('FROM alpine\nHEALTHCHECK NONE\nENTRYPOINT ["x"]\nHEALTHCHECK CMD ["true"]\n')).toEqual(['MultipleInstructionsDisallowed|2']);
    // Per stage: a CMD in the next stage is not a second one.
    expect(rules('FROM alpine AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n')).toEqual([]);
  });

  it('LegacyKeyValueFormat for ENV and LABEL without =, in the case they were typed', () => {
    expect(warningsOf('FROM alpine\nENV PORT 8080\nlabel maintainer me\n').map((d) => d.message)).toEqual([
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format',
      // Same line: BuildKit checks casing before it dispatches.
      "ConsistentInstructionCasing: Command 'label' should match the case of the command majority (uppercase)",
      'LegacyKeyValueFormat: "label key=value" should be used instead of legacy "label key value" format',
    ]);
    expect(rules('FROM alpine\nENV PORT=8080 HOST=x\nLABEL a=b\n')).toEqual([]);
  });

  it('SecretsUsedInArgOrEnv for secret-looking names in a stage', () => {
    expect(warningsOf('FROM alpine\nARG API_KEY\nENV db_password=x PUBLIC_KEY=y MONKEY=1\n').map((d) => d.message)).toEqual([
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "API_KEY")',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "db_password")',
    ]);
    // A global ARG (before FROM) is not dispatched in a stage.
    expect(rules('ARG TOKEN=x\nFROM alpine\n')).toEqual([]);
  });

  it('WorkdirRelativePath only for the first WORKDIR of the stage chain', () => {
    expect(warningsOf('FROM alpine\nWORKDIR app\nWORKDIR sub\n').map((d) => d.message)).toEqual([
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes',
    ]);
    expect(rules('FROM alpine\nWORKDIR /app\nWORKDIR sub\n')).toEqual([]);
    expect(rules('FROM alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR sub\n')).toEqual([]);
  });

  it('skips stages the build does not reach, follows COPY --from and RUN --mount from=', () => {
    const unused = 'FROM alpine AS unused\nCMD echo a\nFROM alpine\nCMD ["b"]\n';
    expect(rules(unused)).toEqual([]);
    expect(rules('FROM alpine AS dep\nCMD echo a\nFROM alpine\nCOPY --from=dep /x /x\n')).toEqual(['JSONArgsRecommended|2']);
    expect(rules('FROM alpine AS dep\nCMD echo a\nFROM alpine\nCOPY --from=0 /x /x\n')).toEqual(['JSONArgsRecommended|2']);
    expect(rules('FROM alpine AS dep\nCMD echo a\nFROM alpine\nRUN --mount=from=dep,target=/d true\n')).toEqual(['JSONArgsRecommended|2']);
  });

  it('honours # check=skip=', () => {
    expect(rules('# check=skip=JSONArgsRecommended,StageNameCasing\nFROM alpine AS B\nCMD echo\nWORKDIR x\n')).toEqual(['WorkdirRelativePath|4']);
    expect(rules('# check=skip=all\nFROM alpine AS B\nCMD echo\n')).toEqual([]);
  });
});
