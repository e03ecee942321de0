// Re-record the dash cases (as root, with Debian dash and a user "student"):
//   node_modules/.bin/node scripts/record-dash/record.ts sandbox-engine/shell/recorded-dash-cases.ts scripts/record-dash/cmd-cases.txt scripts/record-dash/file-cases.txt scripts/record-dash/bash-cases.txt
import { readFileSync, writeFileSync, mkdirSync, rmSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const [out, cmdFile, fileFile, bashFile] = process.argv.slice(2);
const DIR = '/tmp/dashrec';
const EXCLUDE = [/\bod\b/, /\bseq\b/, /\btime\b/, /ulimit -a/, /\$\{x$/, /\bpwd\b/, /dashrec/, /dev\/tty/, /\bexpr\b/];
function load(f: string): string[] {
  const seen = new Set<string>();
  return readFileSync(f, 'utf8').split(/^----\n/m).map((s) => s.replace(/\n$/, '')).filter((s) => s.trim() !== '' && !EXCLUDE.some((r) => r.test(s)) && !seen.has(s) && (seen.add(s), true));
}
function real(s: string, file: boolean, shell = 'dash'): [string, string, number] {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR);
  chmodSync(DIR, 0o777);
  let cmd: string[];
  if (file) {
    writeFileSync(`${DIR}/s.sh`, s + '\n');
    chmodSync(`${DIR}/s.sh`, 0o644);
    cmd = ['dash', 's.sh', 'arg1'];
  } else cmd = [shell, '-c', s];
  const r = spawnSync('runuser', ['-u', 'student', '--', 'env', '-i', 'HOME=/home/student', 'PATH=/usr/local/bin:/usr/bin:/bin', 'USER=student', 'LANG=C.UTF-8', 'sh', '-c', 'exec "$@" 2>&1', 'x', ...cmd], { cwd: DIR, input: '', encoding: 'utf8' });
  if (r.status === null) throw new Error('no status for ' + s);
  return [s, r.stdout, r.status];
}
function render(name: string, list: [string, string, number][]): string {
  return `export const ${name}: RecordedCase[] = ${JSON.stringify(list, null, 1)};\n`;
}
// Output naming the scratch directory would differ in the simulator, which runs in /tmp.
const local = (c: [string, string, number]) => !c[1].includes(DIR);
const cmd = load(cmdFile).map((s) => real(s, false)).filter(local);
const file = load(fileFile).map((s) => real(s, true)).filter(local);
const viaBash = load(bashFile).filter((s) => !/SHLVL|\/etc\/shells/.test(s)).map((s) => real(s, false, 'bash'));
const header = `/**
 * dash snippets with their output (stdout and stderr interleaved, \`2>&1\`) and exit status, recorded
 * from the real dash 0.5.12 on Debian 12 (GNU coreutils around it). Each -c case ran as
 *   runuser -u student -- env -i HOME=/home/student PATH=/usr/local/bin:/usr/bin:/bin USER=student
 *     LANG=C.UTF-8 dash -c SNIPPET
 * in an empty scratch directory with stdin from /dev/null; the file cases wrote the snippet to s.sh
 * and ran \`dash s.sh arg1\`; the last list ran as \`bash -c SNIPPET\`, starting sh from bash.
 * Left out: cases whose output depends on that machine (its PIDs, paths, limits) or on programs
 * the simulated host lacks (od, seq, time).
 */
import type { RecordedCase } from './recorded-cases.ts';

`;
const bashDoc = `\n/** Run as \`bash -c SNIPPET\` the same way: sh (dash on Debian) started from bash. */\n`;
writeFileSync(out, header + render('dashCommand', cmd) + '\n' + render('dashFile', file) + bashDoc + render('shFromBash', viaBash));
console.log(`${cmd.length} command cases, ${file.length} file cases, ${viaBash.length} bash cases`);
