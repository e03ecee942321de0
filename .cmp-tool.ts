// Ad-hoc comparison tool (not part of the project): run a snippet in the real shell and in the simulator.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createHost } from './sandbox-engine/host/host.ts';
import { createSession } from './sandbox-engine/shell/session.ts';
import type { Flavour } from './sandbox-engine/shell/process.ts';

const [flavour, file] = process.argv.slice(2) as [Flavour, string];
const script = fs.readFileSync(file, 'utf8');
const dir = fs.mkdtempSync('/tmp/cmp/run-');
fs.chmodSync(dir, 0o777);
const bbdir = '/tmp/cmp/bbbin';
if (!fs.existsSync(bbdir)) {
  fs.mkdirSync(bbdir);
  for (const n of spawnSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)) fs.symlinkSync('/bin/busybox', `${bbdir}/${n}`);
}
const cmd = flavour === 'gnu' ? ['bash', '-c', script] : ['/bin/busybox', 'sh', '-c', script];
const env = { HOME: dir, USER: 'student', LANG: 'C.UTF-8', TZ: 'UTC', PATH: flavour === 'gnu' ? '/usr/local/bin:/usr/bin:/bin' : bbdir };
const r = spawnSync('runuser', ['-u', 'student', '--', 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...cmd], { cwd: dir, encoding: 'utf8' });
const norm = (s: string) => s.replaceAll(dir, '/home/student');
const real = `--- stdout\n${norm(r.stdout)}--- stderr\n${norm(r.stderr)}--- status ${r.status}\n`;
const host = createHost({ seed: 1, flavour });
let so = '', se = '';
const session = createSession({ host, tty: false, onOutput: (t, s) => { if (s === 'stderr') se += t; else so += t; } });
const st = await session.runScript(script, { mode: 'command' });
const sim = `--- stdout\n${so}--- stderr\n${se}--- status ${st}\n`;
if (real === sim) console.log('SAME\n' + real);
else {
  fs.writeFileSync('/tmp/cmp/real.txt', real);
  fs.writeFileSync('/tmp/cmp/sim.txt', sim);
  console.log(spawnSync('diff', ['-u', '/tmp/cmp/real.txt', '/tmp/cmp/sim.txt'], { encoding: 'utf8' }).stdout);
}
