/**
 * cat: concatenate files (`-` or nothing is stdin), with GNU's and busybox's -n/-b numbering and
 * -v/-E/-T/-A display of non-printing characters.
 *
 * Differences kept from the real programs: GNU numbers lines across files and leaves a last line
 * without newline open (the next file continues it); busybox numbers each file's lines as whole
 * lines (adding the missing newline). Errors: GNU `cat: x: No such file or directory`, busybox
 * `cat: can't open 'x': ...` and `cat: read error: Is a directory`.
 *
 * Standard input is copied read by read, as the real programs do, so at a terminal each line
 * typed is written before the next is read: `cat > f`, two lines, Ctrl-C leaves both lines in f.
 * GNU cat does that with any option (it writes what it has before it blocks on a read; `cat -n`
 * at a terminal, typing `tw`, Ctrl-D, `o`, Enter prints "     1\ttw" at the Ctrl-D, then "o").
 * busybox copies plain reads the same way, but with an option it goes through stdio: whole lines
 * in (the same typing numbers "two" once), output line-buffered at a terminal and fully buffered
 * elsewhere, so `busybox cat -n > f` stopped by Ctrl-C leaves f empty. (Recorded in a pty with
 * coreutils 9.1 and busybox 1.35.)
 */
import type { Applet, ProcessContext } from '../process.ts';
import { attempt, errText, parseOrFail, warn, type OptionSpec } from './lib/fs-common.ts';
import { concatBytes } from '../../util/text.ts';

const GNU_SPEC: OptionSpec = {
  name: 'cat',
  short: 'AbeEnstTuv',
  long: [
    { name: 'show-all', arg: 'none', key: 'A' },
    { name: 'number-nonblank', arg: 'none', key: 'b' },
    { name: 'show-ends', arg: 'none', key: 'E' },
    { name: 'number', arg: 'none', key: 'n' },
    { name: 'squeeze-blank', arg: 'none', key: 's' },
    { name: 'show-tabs', arg: 'none', key: 'T' },
    { name: 'show-nonprinting', arg: 'none', key: 'v' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'cat', short: 'etvAnbu' };

interface Show {
  nonprinting: boolean;
  ends: boolean;
  tabs: boolean;
}

/** `cat -v` notation: ^X for controls, M- for the high half, ^? for DEL. */
function visible(bytes: Uint8Array, show: Show): string {
  let out = '';
  for (const b of bytes) {
    if (b === 10) {
      out += show.ends ? '$\n' : '\n';
      continue;
    }
    if (b === 9) {
      out += show.tabs ? '^I' : '\t';
      continue;
    }
    if (!show.nonprinting) {
      out += String.fromCharCode(b);
      continue;
    }
    let c = b;
    let prefix = '';
    if (c >= 128) {
      prefix = 'M-';
      c -= 128;
    }
    if (c < 32) out += `${prefix}^${String.fromCharCode(c + 64)}`;
    else if (c === 127) out += `${prefix}^?`;
    else out += prefix + String.fromCharCode(c);
  }
  return out;
}

interface NumberState {
  line: number;
  /** GNU: the previous output ended mid-line, so the next byte does not start a new line. */
  midLine: boolean;
  blankRun: number;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function toBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Format one input's bytes with the numbering/squeezing options. Works on bytes as latin1. */
function transform(data: Uint8Array, o: { number: boolean; nonblank: boolean; squeeze: boolean; show: Show | null }, ns: NumberState, gnu: boolean): Uint8Array {
  if ((!o.number && !o.squeeze && !o.show) || data.length === 0) return data;
  const text = latin1(data);
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  if (endsWithNewline) lines.pop();
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const last = i === lines.length - 1;
    const hasNewline = !last || endsWithNewline;
    const startsLine = !(gnu && ns.midLine && i === 0);
    if (o.squeeze && startsLine && line === '' && hasNewline) {
      ns.blankRun++;
      if (ns.blankRun > 1) continue;
    } else if (startsLine) ns.blankRun = 0;
    let prefix = '';
    if (startsLine && o.number && !(o.nonblank && line === '')) prefix = `${String(ns.line++).padStart(6)}\t`;
    const body = o.show ? visible(toBytes(line), o.show) : line;
    // busybox numbers whole lines: a last line without newline gets one.
    const nl = hasNewline || (!gnu && (o.number || o.nonblank)) ? (o.show?.ends ? '$\n' : '\n') : '';
    out += prefix + body + nl;
    ns.midLine = !hasNewline && gnu;
  }
  return toBytes(out);
}

async function readInput(ctx: ProcessContext, name: string): Promise<{ ok: true; data: Uint8Array } | { ok: false; msg: string }> {
  const gnu = ctx.flavour === 'gnu';
  const st = attempt(() => ctx.fs.stat(name));
  if (st.ok && st.value.kind === 'dir') {
    // open() succeeds on a directory; read() fails with EISDIR.
    if (!ctx.fs.access(name, 'r')) return { ok: false, msg: gnu ? `${name}: Permission denied` : `can't open '${name}': Permission denied` };
    return { ok: false, msg: gnu ? `${name}: Is a directory` : 'read error: Is a directory' };
  }
  const r = attempt(() => ctx.fs.readFile(name));
  if (r.ok) return { ok: true, data: r.value };
  return { ok: false, msg: gnu ? `${name}: ${errText(r.error)}` : `can't open '${name}': ${errText(r.error)}` };
}

export const applet: Applet = {
  name: 'cat',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    let number = false;
    let nonblank = false;
    let squeeze = false;
    const show: Show = { nonprinting: false, ends: false, tabs: false };
    for (const { key } of p.opts) {
      if (key === 'n') number = true;
      else if (key === 'b') nonblank = true;
      else if (key === 's') squeeze = true;
      else if (key === 'v') show.nonprinting = true;
      else if (key === 'E') show.ends = true;
      else if (key === 'T') show.tabs = true;
      else if (key === 'e') Object.assign(show, { nonprinting: true, ends: true });
      else if (key === 't') Object.assign(show, { nonprinting: true, tabs: true });
      else if (key === 'A') Object.assign(show, { nonprinting: true, ends: true, tabs: true });
    }
    const anyShow = show.nonprinting || show.ends || show.tabs;
    const o = { number: number || nonblank, nonblank, squeeze, show: anyShow ? show : null };
    const files = p.operands.length > 0 ? p.operands : ['-'];
    const ns: NumberState = { line: 1, midLine: false, blankRun: 0 };
    const stdio = !gnu && (o.number || o.squeeze || o.show !== null);
    // busybox's stdio output: held back off a terminal until the end (a Ctrl-C loses it), or until
    // an error message (libbb's bb_error_msg flushes stdout first: `busybox cat -n a nosuch a | cat`
    // shows a's line, the error, a's line again).
    const held: Uint8Array[] = [];
    const flush = async (): Promise<void> => {
      for (const out of held.splice(0)) await ctx.stdout.write(out);
    };
    const emit = async (out: Uint8Array): Promise<void> => {
      if (out.length === 0) return;
      if (stdio && !ctx.stdout.isTTY) held.push(out);
      else await ctx.stdout.write(out);
    };
    let status = 0;
    for (const f of files) {
      ctx.tick();
      if (f === '-') {
        await copyStdin(ctx, (chunk) => emit(transform(chunk, o, ns, gnu)), stdio);
        continue;
      }
      const r = await readInput(ctx, f);
      if (!r.ok) {
        await flush();
        await warn(ctx, 'cat', r.msg);
        status = 1;
        continue;
      }
      await emit(transform(r.data, o, ns, gnu));
    }
    await flush();
    return status;
  },
};

/**
 * Standard input, one read at a time, to `each`; `wholeLines` (busybox's stdio) passes complete
 * lines only, and what is left at end of file.
 */
async function copyStdin(ctx: ProcessContext, each: (chunk: Uint8Array) => Promise<void>, wholeLines: boolean): Promise<void> {
  let partial: Uint8Array[] = [];
  for (;;) {
    const c = await ctx.stdin.read();
    if (c === null) break;
    if (c.length === 0) continue;
    if (!wholeLines) {
      await each(c);
      continue;
    }
    const nl = c.lastIndexOf(10);
    if (nl < 0) {
      partial.push(c);
      continue;
    }
    await each(concatBytes([...partial, c.subarray(0, nl + 1)]));
    partial = nl + 1 < c.length ? [c.slice(nl + 1)] : [];
  }
  if (partial.length > 0) await each(concatBytes(partial));
}
