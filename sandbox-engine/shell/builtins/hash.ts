/**
 * hash [-r] [name]: bash and ash here keep no table of command locations, so it is always empty.
 * dash remembers what it found through PATH: `hash` lists those paths, `hash NAME` looks one up,
 * `hash -r` forgets them.
 */
import type { Builtin, BuiltinContext } from './types.ts';
import { resolveCommand } from '../programs.ts';

async function dashHash(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  let args = b.argv.slice(1);
  if (args[0] === '-r') {
    sh.hashed.clear();
    args = args.slice(1);
  } else if (args[0] !== undefined && args[0].length > 1 && args[0].startsWith('-') && args[0] !== '--') {
    return b.fail(`Illegal option ${args[0].slice(0, 2)}`, 2);
  }
  if (args[0] === '--') args = args.slice(1);
  if (b.argv.length === 1) {
    await b.stdout.write([...sh.hashed.values()].map((p) => p + '\n').join(''));
    return 0;
  }
  let status = 0;
  for (const name of args) {
    if (b.interp.builtin(name) || sh.functions.has(name) || name.includes('/')) continue;
    const r = resolveCommand(name, sh.vars.get('PATH'), sh.fs);
    if (r.kind === 'found') sh.hashed.set(name, r.path);
    else {
      await b.error(`${name}: not found`);
      status = 1;
    }
  }
  return status;
}

export const hash: Builtin = {
  name: 'hash',
  run: async (b) => {
    if (b.dialect === 'dash') return dashHash(b);
    if (b.argv.length === 1 && b.dialect === 'bash') await b.stdout.write('hash: hash table empty\n');
    return 0;
  },
};
