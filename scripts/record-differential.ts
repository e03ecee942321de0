/**
 * Records the differential suite's fixtures: runs every snippet of
 * test/differential/snippets.<flavour>.txt under the real program and writes what it printed to
 * test/differential/fixtures/<flavour>.json, so `npm test` replays them without real programs.
 *
 *   /work/main/node_modules/.bin/node scripts/record-differential.ts [gnu|busybox ...] [--only NAME]
 *
 * Must run as root on a Debian machine with bash, coreutils and busybox-static (/bin/busybox).
 *
 * How a snippet runs (the aim: the real side sees what the simulated host's `student` sees):
 * - A fresh, empty scratch directory per snippet, owned by uid 1000, with the mode the simulated
 *   home has (see STUDENT), on the root file system (ext4, so directory sizes are 4096 as in the
 *   simulator). The simulated GNU home also holds .profile and .bashrc: snippets list hidden files
 *   only in directories they make.
 * - In a private mount namespace (`unshare --mount`), the scratch directory is bind-mounted on
 *   /home/student and /etc/passwd and /etc/group are replaced by copies of this machine's in which
 *   `student` is uid/gid 1000 with the groups the simulated host gives it (on this machine uid 1000
 *   may belong to another account and `student` may have another uid or no docker group). Nothing
 *   outside the namespace changes.
 * - The process runs as uid 1000 (setpriv, supplementary groups from that /etc/group), umask 022,
 *   cwd /home/student, stdin /dev/null, with a clean environment (`env -i`): HOME=/home/student,
 *   USER=LOGNAME=student, SHELL=its login shell, LANG=C.UTF-8, TZ=UTC and
 *     gnu:     PATH=/usr/local/bin:/usr/bin:/bin, `bash -c SNIPPET` (bash found through PATH so that
 *              $0, and the prefix of its messages, is `bash` as in the simulator, not `/bin/bash`)
 *     busybox: PATH=<a directory holding one symlink to /bin/busybox per applet of `busybox --list`,
 *              so no GNU tool leaks in>, `busybox sh -c SNIPPET`.
 * - Normalization: any occurrence of the scratch directory's real path in stdout or stderr is
 *   replaced by /home/student (the simulator runs with cwd=HOME=/home/student). With the bind mount
 *   this should never trigger; it guards against a path leaking through e.g. /proc.
 * - Each snippet runs twice; a snippet whose two runs differ is reported as non-deterministic and
 *   the recording fails.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FLAVOURS,
  fixturePath,
  parseSnippets,
  snippetPath,
  type FixtureFile,
  type Recording,
  type Snippet,
} from '../test/differential/snippets.ts';
import type { Flavour } from '../sandbox-engine/shell/process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = '/tmp/differential-rec';
const UID = 1000;
const TIMEOUT_MS = 20_000;

/** Inside the namespace, as root: mounts, then drop to the student and exec the shell. */
const LAUNCHER = `
set -e
scratch=$1 etc=$2 bbdir=$3 flavour=$4 shell=$5 snippet=$6
mount --bind "$etc/passwd" /etc/passwd
mount --bind "$etc/group" /etc/group
mount --bind "$scratch" /home/student
cd /home/student
umask 022
base="HOME=/home/student USER=student LOGNAME=student SHELL=$shell LANG=C.UTF-8 TZ=UTC"
if [ "$flavour" = gnu ]; then
  exec setpriv --reuid=${UID} --regid=${UID} --init-groups -- \\
    env -i $base PATH=/usr/local/bin:/usr/bin:/bin bash -c "$snippet" </dev/null
else
  exec setpriv --reuid=${UID} --regid=${UID} --init-groups -- \\
    env -i $base PATH="$bbdir" /bin/busybox sh -c "$snippet" </dev/null
fi
`;

function die(msg: string): never {
  process.stderr.write(`record-differential: ${msg}\n`);
  process.exit(1);
}

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) die(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

/**
 * How the simulated host (sandbox-engine/host/rootfs.ts) has `student`, per flavour: the Debian-like
 * host gives uid 1000 a 0700 home and membership of sudo (27) and docker (999); the Alpine-like one
 * a 0755 home and no extra groups.
 */
const STUDENT: Record<Flavour, { passwd: string; extraGroups: Record<string, number>; homeMode: number; shell: string }> = {
  gnu: {
    passwd: `student:x:${UID}:${UID}:Student,,,:/home/student:/bin/bash`,
    extraGroups: { sudo: 27, docker: 999 },
    homeMode: 0o700,
    shell: '/bin/bash',
  },
  busybox: {
    passwd: `student:x:${UID}:${UID}::/home/student:/bin/sh`,
    extraGroups: {},
    homeMode: 0o755,
    shell: '/bin/sh',
  },
};

/** This machine's /etc/passwd and /etc/group, with `student` made as the simulated host has it. */
function writeEtc(dir: string, flavour: Flavour): void {
  const want = STUDENT[flavour];
  const taken = new Set([UID, ...Object.values(want.extraGroups)].map(String));
  const passwd = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('student:') && l.split(':')[2] !== String(UID));
  passwd.push(want.passwd);
  const group: string[] = [];
  for (const line of fs.readFileSync('/etc/group', 'utf8').split('\n')) {
    if (line === '') continue;
    const f = line.split(':');
    // Drop groups whose gid the simulated host gives to another group (e.g. docker's 999).
    if (f[0] === 'student' || (taken.has(f[2]) && want.extraGroups[f[0]] === undefined)) continue;
    if (f[0] in want.extraGroups) f[2] = String(want.extraGroups[f[0]]);
    const members = f[3] ? f[3].split(',').filter((m) => m !== '' && m !== 'student') : [];
    if (f[0] in want.extraGroups) members.push('student');
    f[3] = members.join(',');
    group.push(f.join(':'));
  }
  for (const [name, gid] of Object.entries(want.extraGroups)) {
    if (!group.some((l) => l.startsWith(name + ':'))) group.push(`${name}:x:${gid}:student`);
  }
  group.push(`student:x:${UID}:`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'passwd'), passwd.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'group'), group.join('\n') + '\n');
}

/** One symlink per busybox applet; the directory is the busybox flavour's whole PATH. */
function writeBusyboxBin(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const applet of sh('/bin/busybox', ['--list']).split('\n')) {
    if (applet !== '') fs.symlinkSync('/bin/busybox', path.join(dir, applet));
  }
}

function runOnce(flavour: Flavour, snippet: Snippet, n: number): Omit<Recording, 'name' | 'script'> {
  const scratch = path.join(WORK, 'scratch', `${flavour}-${n}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  fs.chmodSync(scratch, STUDENT[flavour].homeMode);
  fs.chownSync(scratch, UID, UID);
  const r = spawnSync(
    '/usr/bin/unshare',
    ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', LAUNCHER, 'launcher',
      scratch, path.join(WORK, 'etc', flavour), path.join(WORK, 'bbbin'), flavour, STUDENT[flavour].shell,
      snippet.script],
    { encoding: 'utf8', timeout: TIMEOUT_MS, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } },
  );
  // Snippets may leave chmod 000 directories behind; root removes them anyway.
  fs.rmSync(scratch, { recursive: true, force: true });
  if (r.error) die(`${flavour}/${snippet.name}: ${r.error.message}`);
  if (r.status === null) die(`${flavour}/${snippet.name}: killed by ${r.signal}`);
  const norm = (s: string): string => s.split(scratch).join('/home/student');
  return { stdout: norm(r.stdout), stderr: norm(r.stderr), status: r.status };
}

function versions(flavour: Flavour): string[] {
  if (flavour === 'busybox') return [sh('/bin/busybox', ['--help']).split('\n')[0]];
  return [sh('/bin/bash', ['--version']).split('\n')[0], sh('ls', ['--version']).split('\n')[0]];
}

function main(): void {
  const args = process.argv.slice(2);
  let only: string | undefined;
  const flavours: Flavour[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--only') only = args[++i];
    else if ((FLAVOURS as string[]).includes(args[i])) flavours.push(args[i] as Flavour);
    else die(`unknown argument ${args[i]} (usage: [gnu|busybox ...] [--only NAME])`);
  }
  if (flavours.length === 0) flavours.push(...FLAVOURS);
  if (process.getuid?.() !== 0) die('must run as root (it needs a mount namespace and setpriv)');

  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  fs.chmodSync(WORK, 0o755);
  for (const f of FLAVOURS) writeEtc(path.join(WORK, 'etc', f), f);
  writeBusyboxBin(path.join(WORK, 'bbbin'));

  let unstable = 0;
  for (const flavour of flavours) {
    const file = path.join(ROOT, snippetPath(flavour));
    const snippets = parseSnippets(fs.readFileSync(file, 'utf8'), snippetPath(flavour));
    const out = path.join(ROOT, fixturePath(flavour));
    // --only re-records one snippet and keeps the others' recordings.
    const previous = new Map<string, Recording>();
    if (only && fs.existsSync(out)) {
      for (const r of (JSON.parse(fs.readFileSync(out, 'utf8')) as FixtureFile).snippets) previous.set(r.name, r);
    }
    const recordings: Recording[] = [];
    for (const s of snippets) {
      const old = previous.get(s.name);
      if (only && s.name !== only && old && old.script === s.script) {
        recordings.push(old);
        continue;
      }
      const a = runOnce(flavour, s, 1);
      const b = runOnce(flavour, s, 2);
      if (a.stdout !== b.stdout || a.stderr !== b.stderr || a.status !== b.status) {
        process.stderr.write(`NON-DETERMINISTIC ${flavour}/${s.name}\n${JSON.stringify(a)}\n${JSON.stringify(b)}\n`);
        unstable++;
      }
      recordings.push({ name: s.name, script: s.script, ...a });
    }
    const fixture: FixtureFile = { flavour, recordedWith: versions(flavour), snippets: recordings };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(fixture, null, 2) + '\n');
    process.stdout.write(`${flavour}: ${recordings.length} snippets -> ${fixturePath(flavour)}\n`);
  }
  fs.rmSync(WORK, { recursive: true, force: true });
  if (unstable > 0) die(`${unstable} non-deterministic snippet(s); fix them and record again`);
}

main();
