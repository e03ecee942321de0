/**
 * Compound commands: if, while/until, for, case, and bash's `((...))` and `for ((...))`. Loops
 * charge a step per iteration and give the event loop a turn every few thousand steps, so a
 * runaway loop is stopped by the budget and Ctrl-C can land.
 */
import type { ArithCommand, ArithFor, Case, For, If, Loop, WordPart } from './ast.ts';
import type { ShellInterp } from './shell-api.ts';
import type { Shell } from './shell-state.ts';
import { matchPattern } from './pattern.ts';
import { isValidName } from './parser.ts';
import { BreakSignal } from './builtins/types.ts';

/** `(( expr ))`: status 0 when not zero; an error is reported as `((: ...` with status 1. */
export function execArith(interp: ShellInterp, c: ArithCommand, sh: Shell): number | Promise<number> {
  const r = interp.arithValue(sh, c.expr);
  if (typeof r === 'bigint') return r === 0n ? 1 : 0;
  if (r instanceof Promise) return r.then((v) => (typeof v === 'bigint' ? (v === 0n ? 1 : 0) : v));
  return r;
}

export async function execArithFor(interp: ShellInterp, c: ArithFor, sh: Shell): Promise<number> {
  interp.rt.tick();
  sh.line = c.line;
  let status = 0;
  const val = async (parts: WordPart[], empty: bigint): Promise<bigint | number> => (parts.length === 0 ? empty : await interp.arithValue(sh, parts));
  let v = await val(c.init, 0n);
  if (typeof v === 'number') return v;
  sh.loopDepth++;
  try {
    for (;;) {
      interp.rt.tick();
      if (interp.rt.yieldDue) await interp.rt.yieldNow();
      v = await val(c.cond, 1n);
      if (typeof v === 'number') return v;
      if (v === 0n) break;
      try {
        let b = interp.execScript(c.body, sh);
        if (typeof b !== 'number') b = await b;
        status = b;
      } catch (e) {
        if (!(e instanceof BreakSignal)) throw e;
        if (e.n > 1) {
          e.n--;
          throw e;
        }
        if (e.kind === 'break') break;
      }
      v = await val(c.step, 0n);
      if (typeof v === 'number') return v;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export function execIf(interp: ShellInterp, c: If, sh: Shell): number | Promise<number> {
  const step = (i: number): number | Promise<number> => {
    if (i >= c.clauses.length) return c.elseBody ? interp.execScript(c.elseBody, sh) : 0;
    const cl = c.clauses[i];
    const r = interp.cond(cl.cond, sh);
    if (typeof r === 'number') return r === 0 ? interp.execScript(cl.body, sh) : step(i + 1);
    return r.then((v) => (v === 0 ? interp.execScript(cl.body, sh) : step(i + 1)));
  };
  return step(0);
}

export async function execLoop(interp: ShellInterp, c: Loop, sh: Shell): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      interp.rt.tick();
      if (interp.rt.yieldDue) await interp.rt.yieldNow();
      let r = interp.cond(c.cond, sh);
      if (typeof r !== 'number') r = await r;
      if ((r === 0) !== (c.type === 'while')) break;
      try {
        let b = interp.execScript(c.body, sh);
        if (typeof b !== 'number') b = await b;
        status = b;
      } catch (e) {
        if (e instanceof BreakSignal) {
          if (e.n > 1) {
            e.n--;
            throw e;
          }
          if (e.kind === 'break') break;
          continue;
        }
        throw e;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function execFor(interp: ShellInterp, c: For, sh: Shell): Promise<number> {
  interp.rt.tick();
  sh.line = c.line;
  let items: string[];
  if (c.items === undefined) items = [...sh.positional];
  else {
    try {
      items = await interp.run(sh, interp.expander(sh).words(c.items));
    } catch (e) {
      return interp.expansionFailed(e, sh);
    }
  }
  if (!isValidName(c.name)) {
    await interp.writeErr(sh, `${interp.messages.prefix(interp.loc(sh))}\`${c.name}': not a valid identifier\n`);
    return 1;
  }
  let status = 0;
  sh.loopDepth++;
  try {
    for (const item of items) {
      interp.rt.tick();
      if (interp.rt.yieldDue) await interp.rt.yieldNow();
      try {
        sh.vars.set(c.name, item);
      } catch (e) {
        return interp.expansionFailed(e, sh);
      }
      try {
        let b = interp.execScript(c.body, sh);
        if (typeof b !== 'number') b = await b;
        status = b;
      } catch (e) {
        if (e instanceof BreakSignal) {
          if (e.n > 1) {
            e.n--;
            throw e;
          }
          if (e.kind === 'break') break;
          continue;
        }
        throw e;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function execCase(interp: ShellInterp, c: Case, sh: Shell): Promise<number> {
  interp.rt.tick();
  sh.line = c.line;
  const ex = interp.expander(sh);
  let subject: string;
  try {
    subject = await interp.run(sh, ex.string(c.subject.parts));
  } catch (e) {
    return interp.expansionFailed(e, sh);
  }
  let status = 0;
  let fall = false;
  for (let i = 0; i < c.items.length; i++) {
    const item = c.items[i];
    let matched = fall;
    if (!matched) {
      for (const pw of item.patterns) {
        let pat: string;
        try {
          pat = await interp.run(sh, ex.pattern(pw.parts));
        } catch (e) {
          return interp.expansionFailed(e, sh);
        }
        if (matchPattern(pat, subject)) {
          matched = true;
          break;
        }
      }
    }
    if (!matched) continue;
    let r = interp.execScript(item.body, sh);
    if (typeof r !== 'number') r = await r;
    status = r;
    if (item.term === ';;') return status;
    fall = item.term === ';&';
  }
  return status;
}
