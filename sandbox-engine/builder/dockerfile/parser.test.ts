import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goQuote } from '../../cli/go/quote.ts';
import { detectSyntax } from './directives.ts';
import { dump, parse } from './parser.ts';
import { parseCaseFile } from './testdata/cases.ts';

const cases = parseCaseFile(readFileSync(new URL('./testdata/parser-cases.txt', import.meta.url), 'utf8'));

describe('parser cases (expected output from BuildKit v0.25.2)', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of cases) {
    it(c.name, () => {
      const out = parse(c.dockerfile);
      if (c.error !== undefined) {
        expect(out.ok).toBe(false);
        if (out.ok) return;
        expect(out.error.message).toBe(c.error.message);
        expect(out.error.startLine).toBe(c.error.line);
        return;
      }
      if (!out.ok) throw new Error(`unexpected error: ${out.error.message}`);
      const { ast, warnings } = out.result;
      expect(dump(ast)).toBe(c.result);
      expect(ast.children.map((n) => `${n.startLine}-${n.endLine}`).join(' ')).toBe(c.lines);
      const docs: string[] = [];
      ast.children.forEach((n, i) => {
        for (const h of n.heredocs) {
          docs.push(`${i}: ${goQuote(h.name)} fd=${h.fileDescriptor} expand=${h.expand} chomp=${h.chomp} ${goQuote(h.content)}`);
        }
      });
      expect(docs).toEqual(c.heredocs ?? []);
      expect(warnings.map((w) => w.short)).toEqual(c.warnings ?? []);
    });
  }
});

describe('parser details', () => {
  it('strips a byte-order mark on the first line only', () => {
    const out = parse('\ufeffFROM a\nRUN \ufeffx\n');
    expect(out.ok && dump(out.result.ast)).toBe('(from "a")\n(run "\\ufeffx")');
  });

  it('accepts CRLF line endings', () => {
    const out = parse('FROM a\r\nRUN echo \\\r\n  b\r\nCMD ["x"]\r\n');
    expect(out.ok && dump(out.result.ast)).toBe('(from "a")\n(run "echo   b")\n(cmd "x")');
  });

  it('keeps CRLF inside heredoc bodies and matches the terminator without it', () => {
    const out = parse('FROM a\r\nRUN <<EOF\r\nline\r\nEOF\r\n');
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.result.ast.children[1].heredocs[0].content).toBe('line\r\n');
  });

  it('records directives and the escape token', () => {
    const out = parse('# syntax=docker/dockerfile:1\n# escape=`\nFROM a\n');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.escapeToken).toBe('`');
    expect(out.result.directives.map((d) => [d.name, d.value, d.line])).toEqual([
      ['syntax', 'docker/dockerfile:1', 1],
      ['escape', '`', 2],
    ]);
  });

  it('keeps comments above an instruction and drops directives from them', () => {
    const out = parse('# escape=\\\n# builder stage\nFROM a AS builder\n');
    expect(out.ok && out.result.ast.children[0].prevComment).toEqual(['builder stage']);
  });

  it('reports a line longer than 64 KiB like bufio.Scanner', () => {
    const out = parse('FROM a\nRUN ' + 'x'.repeat(70000) + '\n');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.message).toBe('dockerfile line greater than max allowed size of 65535');
  });

  it('detects the syntax directive in its three spellings', () => {
    expect(detectSyntax('# syntax=docker/dockerfile:1.7 opt\nFROM a')?.ref).toBe('docker/dockerfile:1.7');
    expect(detectSyntax('#!/usr/bin/env buildctl\n// syntax = x/y\n')?.cmdline).toBe('x/y');
    expect(detectSyntax('{"syntax": "j/son"}')?.ref).toBe('j/son');
    expect(detectSyntax('FROM a\n# syntax=late')).toBeNull();
  });
});

describe('parser robustness', () => {
  const pieces = ['FROM a', 'RUN', 'COPY', 'ENV', 'ONBUILD', 'HEALTHCHECK', ' ', '\t', '\n', '\r\n', '\\', '`',
    '"', "'", '[', ']', '<<EOF', '<<-"E"', 'EOF', '#', '# escape=`', '--from=x', '--', '=', '$x', '${', '\ufeff', 'é'];
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))), (src) => {
        const out = parse(src);
        if (!out.ok) {
          expect(typeof out.error.message).toBe('string');
          expect(Number.isInteger(out.error.startLine)).toBe(true);
        } else {
          expect(typeof dump(out.result.ast)).toBe('string');
        }
      }),
      { numRuns: 1500 },
    );
  });
});
