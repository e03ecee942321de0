// Temporary analysis helper (not committed): prints a compact diff for each failing snippet.
import { readFileSync } from 'node:fs';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import { FLAVOURS, fixturePath, type FixtureFile } from './snippets.ts';
const only = process.argv[2];
for (const flavour of FLAVOURS) {
  const fx = JSON.parse(readFileSync(fixturePath(flavour), 'utf8')) as FixtureFile;
  for (const r of fx.snippets) {
    if (only && !`${flavour}/${r.name}`.includes(only)) continue;
    let out = '', err = '';
    let status: number;
    try {
      const host = createHost({ seed: 1, flavour });
      const s = createSession({ host, tty: false, onOutput: (t, st) => { if (st === 'stderr') err += t; else out += t; } });
      status = await Promise.race([s.runScript(r.script, { mode: 'command' }), new Promise<number>((_, rej) => setTimeout(() => rej(new Error('TIMEOUT')), 10000))]);
    } catch (e) { err += `<<THROW ${(e as Error).stack?.split('\n').slice(0,3).join(' | ')}>>`; status = -1; }
    if (out === r.stdout && err === r.stderr && status === r.status) { console.log(`PASS ${flavour}/${r.name}`); continue; }
    console.log(`FAIL ${flavour}/${r.name}`);
    const show = (name: string, want: string, got: string) => {
      if (want === got) return;
      const w = want.split('\n'), g = got.split('\n');
      for (let i = 0; i < Math.max(w.length, g.length); i++) if (w[i] !== g[i]) {
        console.log(`  ${name}@${i + 1}: want ${JSON.stringify(w[i])}\n  ${' '.repeat(name.length)}    got  ${JSON.stringify(g[i])}`);
        break;
      }
    };
    show('stdout', r.stdout, out); show('stderr', r.stderr, err);
    if (status !== r.status) console.log(`  status: want ${r.status} got ${status}`);
  }
}
process.exit(0);
