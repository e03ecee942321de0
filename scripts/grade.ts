/**
 * `npm run grade -- [--json] [--lang en|ru] FILE...`: grade exported submissions or progress files
 * by replaying each command log on a fresh engine with its seed (graders/replay.ts), never by
 * what the browser claimed. A file that cannot be read or graded gets a clear error on stderr and
 * the others are still graded; the exit status is 1 if any file could not be graded, 2 on a usage
 * error, 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { EXERCISES } from '../graders/exercises/index.ts';
import { replay } from '../graders/replay.ts';
import { formatText, gradeContext, type GradeResult } from '../graders/grade.ts';
import { readSubmissions } from '../graders/submission.ts';
import { translate } from '../graders/i18n/index.ts';
import type { Lang, Message } from '../graders/model.ts';

const USAGE = 'usage: npm run grade -- [--json] [--lang en|ru] FILE...\n';

interface FileReport {
  file: string;
  ok: boolean;
  results?: GradeResult[];
  error?: { kind: string; message: string };
}

function parseArgs(argv: string[]): { json: boolean; lang: Lang; files: string[] } | string {
  let json = false;
  let lang: Lang = 'en';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'en' && v !== 'ru') return `--lang must be en or ru, not ${JSON.stringify(v ?? '')}`;
      lang = v;
    } else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return 'no files given';
  return { json, lang, files };
}

async function gradeFile(file: string): Promise<FileReport> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { file, ok: false, error: { kind: 'unreadable', message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message) } };
  }
  const read = readSubmissions(text);
  if (!read.ok) return { file, ok: false, error: read.error };
  const results: GradeResult[] = [];
  for (const s of read.submissions) {
    const ex = EXERCISES.get(s.exercise);
    if (!ex) return { file, ok: false, error: { kind: 'unknown-exercise', message: `no exercise with id ${JSON.stringify(s.exercise)} (known: ${[...EXERCISES.keys()].join(', ')})` } };
    try {
      const run = await replay(ex, s.seed, s.log);
      results.push(gradeContext(ex, run.context()));
    } catch (e) {
      return { file, ok: false, error: { kind: 'replay-failed', message: e instanceof Error ? e.message : String(e) } };
    }
  }
  return { file, ok: true, results };
}

/** JSON output carries each message's key and params and its text in the chosen language. */
function withText(r: GradeResult, lang: Lang): unknown {
  const msg = (m: Message) => ({ ...m, text: translate(m, lang) });
  return { ...r, tasks: r.tasks.map((t) => ({ ...t, title: msg(t.title), ...(t.diagnosis ? { diagnosis: msg(t.diagnosis) } : {}) })) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`grade: ${args}\n${USAGE}`);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of args.files) {
    const r = await gradeFile(file);
    reports.push(r);
    if (r.error) process.stderr.write(`grade: ${file}: ${r.error.kind}: ${r.error.message}\n`);
    else if (!args.json) process.stdout.write(`== ${file}\n${r.results!.map((x) => formatText(x, args.lang)).join('')}`);
  }
  if (args.json) {
    const out = reports.map((r) => (r.results ? { ...r, results: r.results.map((x) => withText(x, args.lang)) } : r));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  }
  return reports.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main();
