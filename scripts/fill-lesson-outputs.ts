/**
 * Rewrites a lesson's output blocks (a bare ``` fence right after a ```sh block) with what the
 * simulator prints when the lesson's commands run in order on its exercise's starting host, the way
 * graders/lessons.test.ts checks them. Blocks with a `...` line are partial on purpose and kept.
 *
 *   node scripts/fill-lesson-outputs.ts content/lessons/en/02-dockerfile.md [more.md ...]
 *
 * Run it after an engine change makes that test fail, then read the diff: it must show only what
 * the change explains (IDs, sizes, a corrected message), never a lesson that stopped making sense.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EXERCISES } from '../graders/exercises/index.ts';
import { LiveRun } from '../graders/replay.ts';

const expandTabs = (line: string): string => {
  let o = '';
  for (const ch of line) o += ch === '\t' ? ' '.repeat(8 - (o.length % 8)) : ch;
  return o;
};
// As the lesson test compares: no colours, no CRs, tabs expanded, no trailing blanks.
const norm = (t: string): string =>
  t
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => expandTabs(l).replace(/\s+$/, ''))
    .join('\n');

async function fill(file: string): Promise<void> {
  const src = readFileSync(file, 'utf8');
  const id = /\nexercise: (\S+)/.exec(src)?.[1];
  const exercise = id === undefined ? undefined : EXERCISES.get(id);
  if (!exercise) throw new Error(`${file}: no known exercise in its front matter`);
  const run = await LiveRun.start(exercise);
  const fence = /^```([\w-]*)\n([\s\S]*?)^```$/gm;
  let out = '';
  let last = 0;
  let pending: string | undefined;
  for (let f = fence.exec(src); f; f = fence.exec(src)) {
    const between = src.slice(last, f.index);
    out += between;
    const isOutput = f[1] === '' && pending !== undefined && between.trim() === '';
    out += isOutput && !f[2].split('\n').includes('...') ? '```\n' + pending + '\n```' : f[0];
    pending = undefined;
    if (f[1] === 'sh') {
      const before = run.context().commands.length;
      for (const line of f[2].replace(/\n$/, '').split('\n')) await run.input({ line });
      pending = norm(run.context().commands.slice(before).map((c) => c.output).join(''));
    }
    last = f.index + f[0].length;
  }
  writeFileSync(file, out + src.slice(last));
}

for (const file of process.argv.slice(2)) await fill(file);
