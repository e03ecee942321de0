/** The file editor's pure parts: the buffer state machine, file kinds, diagnostics to markers, strings. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../sandbox-engine/builder/dockerfile/diagnostics.ts';
import {
  created, edited, hostRead, isModified, loaded, readFailed, saved, saveFailed, saving, statusOf,
} from '../../site/lib/editor/buffer.ts';
import { hostPath, isDockerfile, languageFor } from '../../site/lib/editor/files.ts';
import { SEVERITY, toMarkers } from '../../site/lib/editor/markers.ts';
import { fill, type EditorStrings } from '../../site/lib/editor/strings.ts';
import { editorEn } from '../../site/i18n/editor.en.ts';
import { editorRu } from '../../site/i18n/editor.ru.ts';

describe('file buffer', () => {
  it('reads, edits, saves', () => {
    let b = created('build/Dockerfile');
    expect(statusOf(b)).toBe('reading');
    b = loaded(b, 'FROM alpine\n');
    expect(statusOf(b)).toBe('saved');
    expect(isModified(b)).toBe(false);
    b = edited(b, 'FROM alpine\nRUN true\n');
    expect(statusOf(b)).toBe('unsaved');
    b = saving(b);
    expect(statusOf(b)).toBe('saving');
    expect(b.pending).toBe('FROM alpine\nRUN true\n');
    b = saved(b);
    expect(statusOf(b)).toBe('saved');
    expect(b.base).toBe('FROM alpine\nRUN true\n');
  });

  it('treats a missing file as an empty buffer that saving creates', () => {
    let b = loaded(created('Dockerfile'), null);
    expect(b.text).toBe('');
    expect(statusOf(b)).toBe('new');
    b = edited(b, 'FROM alpine\n');
    expect(statusOf(b)).toBe('unsaved');
    b = saved(saving(b));
    expect(b.base).toBe('FROM alpine\n');
    expect(statusOf(b)).toBe('saved');
  });

  it('editing back to the host text is not a modification', () => {
    let b = loaded(created('f'), 'a');
    b = edited(b, 'ab');
    expect(isModified(b)).toBe(true);
    b = edited(b, 'a');
    expect(isModified(b)).toBe(false);
    expect(statusOf(b)).toBe('saved');
  });

  it('keeps edits typed during a save unsaved', () => {
    let b = loaded(created('f'), 'a');
    b = saving(edited(b, 'ab'));
    b = edited(b, 'abc');
    b = saved(b);
    expect(b.base).toBe('ab');
    expect(statusOf(b)).toBe('unsaved');
  });

  it('reports a failed save and keeps the text', () => {
    let b = saving(edited(loaded(created('f'), 'a'), 'ab'));
    b = saveFailed(b, 'Permission denied');
    expect(statusOf(b)).toBe('error');
    expect(b.error).toBe('Permission denied');
    expect(b.text).toBe('ab');
    // The next edit clears the error; the buffer is still unsaved.
    b = edited(b, 'abc');
    expect(statusOf(b)).toBe('unsaved');
  });

  it('follows the host while unmodified (echo x >> Dockerfile in the terminal)', () => {
    const b = loaded(created('Dockerfile'), 'FROM alpine\n');
    const r = hostRead(b, 'FROM alpine\nRUN x\n');
    expect(r.reload).toBe(true);
    expect(r.buffer.text).toBe('FROM alpine\nRUN x\n');
    expect(statusOf(r.buffer)).toBe('saved');
    // The file deleted in the terminal: an empty, new buffer.
    const gone = hostRead(r.buffer, null);
    expect(gone.reload).toBe(true);
    expect(gone.buffer.text).toBe('');
    expect(statusOf(gone.buffer)).toBe('new');
  });

  it('keeps unsaved edits when the host changes, and flags the conflict', () => {
    const b = edited(loaded(created('f'), 'a\n'), 'mine\n');
    const r = hostRead(b, 'a\nb\n');
    expect(r.reload).toBe(false);
    expect(r.buffer.text).toBe('mine\n');
    expect(r.buffer.conflict).toBe(true);
    expect(statusOf(r.buffer)).toBe('unsaved');
    // Saving resolves it.
    const s = saved(saving(r.buffer));
    expect(s.conflict).toBe(false);
    expect(s.base).toBe('mine\n');
  });

  it('ignores re-reads that change nothing, race a save, or come before the first read', () => {
    const b = loaded(created('f'), 'a');
    expect(hostRead(b, 'a').buffer).toBe(b);
    const inFlight = saving(edited(b, 'ab'));
    expect(hostRead(inFlight, 'a').buffer).toBe(inFlight);
    const unread = created('f');
    expect(hostRead(unread, 'x').buffer).toBe(unread);
  });

  it('a host that now holds exactly the edits clears the modification', () => {
    const b = edited(loaded(created('f'), 'a'), 'ab');
    const r = hostRead(b, 'ab');
    expect(r.reload).toBe(false);
    expect(isModified(r.buffer)).toBe(false);
  });

  it('a failed first read is an error until a read succeeds', () => {
    const b = readFailed(created('f'), 'Is a directory');
    expect(statusOf(b)).toBe('error');
    expect(b.loaded).toBe(false);
  });
});

describe('file kinds', () => {
  it('recognises Dockerfiles and shell scripts', () => {
    expect(isDockerfile('build/Dockerfile')).toBe(true);
    expect(isDockerfile('Dockerfile.dev')).toBe(true);
    expect(isDockerfile('app.dockerfile')).toBe(true);
    expect(isDockerfile('Containerfile')).toBe(true);
    expect(isDockerfile('Dockerfiles/readme.md')).toBe(false);
    expect(isDockerfile('.dockerignore')).toBe(false);
    expect(languageFor('build/Dockerfile')).toBe('dockerfile');
    expect(languageFor('run.sh')).toBe('shell');
    expect(languageFor('app.txt')).toBe('plaintext');
    expect(hostPath('build/Dockerfile')).toBe('/home/student/build/Dockerfile');
    expect(hostPath('/etc/hosts')).toBe('/etc/hosts');
  });
});

describe('diagnostics to markers', () => {
  it('marks the unknown instruction word as an error', () => {
    const text = 'FROM alpine\n  RUNN echo hi\n';
    const [m] = toMarkers(diagnose(text), text.split('\n'));
    expect(m).toEqual({
      severity: SEVERITY.error,
      message: 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
      source: 'docker build',
      code: 'unknown-instruction',
      startLineNumber: 2,
      startColumn: 3,
      endLineNumber: 2,
      endColumn: 7,
    });
  });

  it('covers continued lines from the first non-blank character to the end', () => {
    const text = 'FROM alpine\n  COPY \\\n  --chmod=x \\\n  a\n';
    const [m] = toMarkers(diagnose(text), text.split('\n'));
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 3, endLineNumber: 4, endColumn: 4 });
  });

  it('gives an empty file a visible one-character marker on line 1', () => {
    const [m] = toMarkers(diagnose(''), ['']);
    expect(m).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 });
  });

  it('clamps lines that no longer exist', () => {
    const [m] = toMarkers([{ line: 9, severity: 'warning', message: 'x' }], ['FROM a']);
    expect(m).toMatchObject({ severity: SEVERITY.warning, startLineNumber: 1, endLineNumber: 1, startColumn: 1, endColumn: 7 });
  });
});

describe('editor strings', () => {
  const leaves = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v as object, `${prefix}${k}.`)));

  it('ru and en have the same keys, none empty, and the same placeholders', () => {
    expect(leaves(editorRu)).toEqual(leaves(editorEn));
    const get = (s: EditorStrings, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s) as string;
    for (const key of leaves(editorEn)) {
      const en = get(editorEn, key);
      const ru = get(editorRu, key);
      expect(en.trim(), key).not.toBe('');
      expect(ru.trim(), key).not.toBe('');
      expect(ru, key).not.toBe(en);
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(ru), key).toEqual(holes(en));
    }
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('Reading {file}… {x}', { file: 'Dockerfile' })).toBe('Reading Dockerfile… {x}');
  });
});
