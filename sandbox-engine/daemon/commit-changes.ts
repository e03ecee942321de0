/**
 * `docker commit --change` (moby v28.5.2 builder/dockerfile/builder.go BuildFromConfig): the
 * changes are parsed as Dockerfile lines (BuildKit's parser), every instruction must be one of
 * CMD ENTRYPOINT ENV EXPOSE HEALTHCHECK LABEL ONBUILD STOPSIGNAL USER VOLUME WORKDIR (any case;
 * else `RUN is not a valid change command`, the name as written), and each is dispatched on a
 * copy of the container's config as the legacy builder does. Errors are InvalidParameter with
 * BuildKit's texts (`ENV must have two arguments`, `file with no instructions`, ...).
 *
 * Scope: one instruction per line with `\` continuations and `#` comments; no parser directives
 * or heredocs. Variables (`$A`, `${A}`, `${A:-x}`, `${A:+x}`) expand from the config's Env in
 * ENV, LABEL, EXPOSE, USER, VOLUME, WORKDIR and STOPSIGNAL, as the builder's shell lexer does.
 */
import { invalidParameter } from '../errdefs/errors.ts';
import type { ContainerConfig, HealthConfig } from '../image/types.ts';
import { parseDuration } from '../cli/go/duration.ts';
import { parseSignal } from './signal.ts';

const VALID = new Set(['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'stopsignal', 'user', 'volume', 'workdir']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];

interface Line {
  cmd: string;
  flags: string[];
  rest: string;
  original: string;
}

const bad = (msg: string) => invalidParameter(msg);

/** parser.Parse: logical lines (continuations joined, comments and blank lines dropped). */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i].replace(/\r$/, '');
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    line = line.replace(/^\s+/, '');
    while (/\\[ \t]*$/.test(line) && i + 1 < raw.length) {
      line = line.replace(/\\[ \t]*$/, '');
      i++;
      const next = raw[i].replace(/\r$/, '');
      if (/^\s*#/.test(next) || next.trim() === '') continue;
      line += next;
    }
    line = line.replace(/\\[ \t]*$/, '');
    const m = /^(\S+)\s*([\s\S]*)$/.exec(line.trim());
    if (!m) continue;
    const { flags, rest } = extractFlags(m[2]);
    out.push({ cmd: m[1], flags, rest: rest.trim(), original: line });
  }
  if (out.length === 0) throw bad('file with no instructions');
  return out;
}

/** Leading `--name[=value]` words (extractBuilderFlags), simplified to space-separated words. */
function extractFlags(s: string): { flags: string[]; rest: string } {
  const flags: string[] = [];
  let rest = s;
  for (;;) {
    const m = /^(--\S*)(\s+|$)/.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    if (m[1] === '--') break;
    flags.push(m[1]);
  }
  return { flags, rest };
}

/** parseWords: split on blanks outside quotes, keeping quotes and escapes in the words. */
function parseWords(rest: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let blankOK = false;
  let inWord = false;
  const chars = Array.from(rest);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote !== "'" && i + 1 < chars.length) {
        word += ch;
        i++;
        word += chars[i];
        continue;
      }
      word += ch;
      continue;
    }
    if (/\s/.test(ch)) {
      if (inWord && (blankOK || word !== '')) words.push(word);
      word = '';
      blankOK = false;
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === "'" || ch === '"') {
      quote = ch;
      blankOK = true;
    } else if (ch === '\\') {
      if (i + 1 === chars.length) continue;
      word += ch;
      i++;
      word += chars[i];
      continue;
    }
    word += ch;
  }
  if (inWord && (blankOK || word !== '')) words.push(word);
  return words;
}

/** The shell lexer's ProcessWord: quotes removed, escapes applied, variables expanded. */
export function processWord(word: string, env: readonly string[]): string {
  const lookup = (name: string): string | undefined => {
    for (let i = env.length - 1; i >= 0; i--) {
      const e = env[i];
      const eq = e.indexOf('=');
      if ((eq < 0 ? e : e.slice(0, eq)) === name) return eq < 0 ? '' : e.slice(eq + 1);
    }
    return undefined;
  };
  const chars = Array.from(word);
  let i = 0;
  const variable = (): string => {
    // at '$'
    i++;
    if (chars[i] === '{') {
      i++;
      let name = '';
      while (i < chars.length && /[A-Za-z0-9_]/.test(chars[i])) name += chars[i++];
      let op = '';
      if (chars[i] === ':' && (chars[i + 1] === '-' || chars[i + 1] === '+')) {
        op = chars[i] + chars[i + 1];
        i += 2;
      } else if (chars[i] === '-' || chars[i] === '+') {
        op = chars[i++];
      }
      let arg = '';
      let depth = 0;
      while (i < chars.length && !(chars[i] === '}' && depth === 0)) {
        if (chars[i] === '{') depth++;
        if (chars[i] === '}') depth--;
        arg += chars[i++];
      }
      if (chars[i] !== '}') throw bad(`missing '}'`);
      i++;
      const v = lookup(name);
      switch (op) {
        case ':-':
          return v === undefined || v === '' ? processWord(arg, env) : v;
        case '-':
          return v === undefined ? processWord(arg, env) : v;
        case ':+':
          return v === undefined || v === '' ? '' : processWord(arg, env);
        case '+':
          return v === undefined ? '' : processWord(arg, env);
        default:
          return v ?? '';
      }
    }
    let name = '';
    while (i < chars.length && /[A-Za-z0-9_]/.test(chars[i])) name += chars[i++];
    if (name === '') return '$';
    return lookup(name) ?? '';
  };
  let out = '';
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === "'") {
      i++;
      while (i < chars.length && chars[i] !== "'") out += chars[i++];
      i++;
    } else if (ch === '"') {
      i++;
      while (i < chars.length && chars[i] !== '"') {
        if (chars[i] === '\\' && i + 1 < chars.length && ['"', '$', '\\'].includes(chars[i + 1])) {
          out += chars[i + 1];
          i += 2;
        } else if (chars[i] === '$') out += variable();
        else out += chars[i++];
      }
      i++;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) out += chars[i + 1];
      i += 2;
    } else if (ch === '$') {
      out += variable();
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** parseNameVal (ENV, LABEL): `k=v k2=v2`, or the legacy `KEY value...`. */
function nameVals(rest: string, key: string): Array<[string, string]> {
  const words = parseWords(rest);
  if (words.length === 0) throw bad(`${key} requires at least one argument`);
  if (!words[0].includes('=')) {
    const parts = rest.split(/[ \t\r\n]+/);
    const m = /^(\S+)[ \t\r\n]+([\s\S]*)$/.exec(rest);
    if (parts.length < 2 || !m) throw bad(`${key} must have two arguments`);
    return [[m[1], m[2]]];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) throw bad(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
    return [w.slice(0, eq), w.slice(eq + 1)];
  });
}

/** parseMaybeJSON: an exec-form JSON array of strings, or the shell form's single string. */
function maybeJSON(rest: string): { json: boolean; args: string[] } {
  if (rest === '') return { json: false, args: [] };
  if (rest.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(rest);
    } catch {
      return { json: false, args: [rest] };
    }
    if (Array.isArray(v)) {
      if (!v.every((x) => typeof x === 'string')) throw bad('when using JSON array syntax, arrays must be comprised of strings only');
      return { json: true, args: v as string[] };
    }
  }
  return { json: false, args: [rest] };
}

function shellOf(c: ContainerConfig): string[] {
  return c.Shell && c.Shell.length > 0 ? c.Shell : DEFAULT_SHELL;
}

function flagValue(l: Line, name: string, known: readonly string[]): string {
  let value = '';
  for (const f of l.flags) {
    const m = /^--([^=]*)(?:=(.*))?$/.exec(f)!;
    if (!known.includes(m[1])) throw bad(`Unknown flag: ${m[1]}`);
    if (m[1] === name) value = m[2] ?? '';
  }
  return value;
}

/** parseOptInterval: nanoseconds; 0 when unset. */
function interval(l: Line, name: string, known: readonly string[]): number | undefined {
  const s = flagValue(l, name, known);
  if (s === '') return undefined;
  let ns: bigint;
  try {
    ns = parseDuration(s);
  } catch (e) {
    throw bad(e instanceof Error ? e.message : String(e));
  }
  if (ns < 0n) throw bad(`Interval "${name}" cannot be negative`);
  if (ns === 0n) return undefined;
  if (ns < 1_000_000n) throw bad(`Interval "${name}" cannot be less than 1ms`);
  return Number(ns);
}

/** nat.ParsePortSpecs for EXPOSE: `80` → `80/tcp`, ranges expanded. */
function exposedPorts(spec: string): string[] {
  const slash = spec.lastIndexOf('/');
  const port = slash < 0 ? spec : spec.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : spec.slice(slash + 1).toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw bad(`invalid proto: ${proto}`);
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) throw bad(`Invalid containerPort: ${port}`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535 || hi < lo) throw bad(`Invalid containerPort: ${port}`);
  const out: string[] = [];
  for (let p = lo; p <= hi; p++) out.push(`${p}/${proto}`);
  return out;
}

function posixJoin(base: string, rel: string): string {
  const parts: string[] = [];
  for (const p of `${base}/${rel}`.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

/** Check every line, then apply them in order to a copy of `config`. */
export function applyChanges(config: ContainerConfig, changes: readonly string[]): ContainerConfig {
  if (changes.length === 0) return config;
  const lines = splitLines(changes.join('\n'));
  for (const l of lines) if (!VALID.has(l.cmd.toLowerCase())) throw bad(`${l.cmd} is not a valid change command`);
  const c: ContainerConfig = {
    ...config,
    Cmd: config.Cmd ? [...config.Cmd] : null,
    Env: config.Env ? [...config.Env] : null,
    Entrypoint: config.Entrypoint ? [...config.Entrypoint] : null,
    OnBuild: config.OnBuild ? [...config.OnBuild] : null,
    Volumes: config.Volumes ? { ...config.Volumes } : null,
    ExposedPorts: config.ExposedPorts ? { ...config.ExposedPorts } : undefined,
    Labels: config.Labels ? { ...config.Labels } : null,
  };
  let cmdSet = false;
  for (const l of lines) {
    const env = c.Env ?? [];
    const word = (w: string) => processWord(w, env);
    switch (l.cmd.toLowerCase()) {
      case 'env': {
        const kvs = nameVals(l.rest, 'ENV');
        const cur = [...env];
        for (const [k, v] of kvs) {
          const name = processWord(k, env);
          const value = processWord(v, env);
          const i = cur.findIndex((e) => (e.includes('=') ? e.slice(0, e.indexOf('=')) : e) === name);
          if (i >= 0) cur[i] = `${name}=${value}`;
          else cur.push(`${name}=${value}`);
        }
        c.Env = cur;
        break;
      }
      case 'label': {
        const kvs = nameVals(l.rest, 'LABEL');
        c.Labels ??= {};
        for (const [k, v] of kvs) c.Labels[word(k)] = word(v);
        break;
      }
      case 'expose': {
        const ports = l.rest.split(/\s+/).filter((p) => p !== '');
        if (ports.length === 0) throw bad('EXPOSE requires at least one argument');
        c.ExposedPorts ??= {};
        for (const p of ports) for (const e of exposedPorts(word(p))) c.ExposedPorts[e] = {};
        break;
      }
      case 'user':
        if (l.rest === '') throw bad('USER requires exactly one argument');
        c.User = word(l.rest);
        break;
      case 'workdir':
        if (l.rest === '') throw bad('WORKDIR requires exactly one argument');
        c.WorkingDir = posixJoin(c.WorkingDir, word(l.rest));
        break;
      case 'volume': {
        const { json, args } = maybeJSON(l.rest);
        const vols = json ? args : l.rest.split(/\s+/).filter((v) => v !== '');
        if (vols.length === 0) throw bad('VOLUME requires at least one argument');
        c.Volumes ??= {};
        for (const v of vols) {
          const path = word(v).trim();
          if (path === '') throw bad('VOLUME specified can not be an empty string');
          c.Volumes[path] = {};
        }
        break;
      }
      case 'stopsignal': {
        if (l.rest === '') throw bad('STOPSIGNAL requires exactly one argument');
        const sig = word(l.rest);
        parseSignal(sig);
        c.StopSignal = sig;
        break;
      }
      case 'cmd': {
        const { json, args } = maybeJSON(l.rest);
        c.Cmd = !json && args.length > 0 ? [...shellOf(c), ...args] : args.length > 0 ? args : null;
        if (args.length > 0) cmdSet = true;
        break;
      }
      case 'entrypoint': {
        const { json, args } = maybeJSON(l.rest);
        c.Entrypoint = !json && args.length > 0 ? [...shellOf(c), ...args] : args.length > 0 ? args : null;
        if (!cmdSet) c.Cmd = null;
        break;
      }
      case 'healthcheck':
        c.Healthcheck = healthcheck(l);
        break;
      case 'onbuild': {
        const words = l.rest.split(/\s+/).filter((w) => w !== '');
        if (words.length === 0) throw bad('ONBUILD requires at least one argument');
        const trigger = words[0].toUpperCase();
        if (trigger === 'ONBUILD') throw bad('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
        if (trigger === 'MAINTAINER' || trigger === 'FROM') throw bad(`${trigger} isn't allowed as an ONBUILD trigger`);
        c.OnBuild = [...(c.OnBuild ?? []), l.original.replace(/^\s*ONBUILD\s*/i, '')];
        break;
      }
    }
  }
  return c;
}

const HEALTH_FLAGS = ['interval', 'timeout', 'start-period', 'start-interval', 'retries'];

function healthcheck(l: Line): HealthConfig {
  const words = l.rest.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) throw bad('HEALTHCHECK requires at least one argument');
  const typ = words[0].toUpperCase();
  const rest = l.rest.slice(l.rest.indexOf(words[0]) + words[0].length).trim();
  if (typ === 'NONE') {
    if (rest !== '') throw bad('HEALTHCHECK NONE takes no arguments');
    return { Test: ['NONE'] };
  }
  const h: HealthConfig = {};
  if (typ !== 'CMD') throw bad(`Unknown type "${typ}" in HEALTHCHECK (try CMD)`);
  const { json, args } = maybeJSON(rest);
  if (args.length === 0) throw bad('Missing command after HEALTHCHECK CMD');
  h.Test = [json ? 'CMD' : 'CMD-SHELL', ...args];
  h.Interval = interval(l, 'interval', HEALTH_FLAGS);
  h.Timeout = interval(l, 'timeout', HEALTH_FLAGS);
  h.StartPeriod = interval(l, 'start-period', HEALTH_FLAGS);
  h.StartInterval = interval(l, 'start-interval', HEALTH_FLAGS);
  const retries = flagValue(l, 'retries', HEALTH_FLAGS);
  if (retries !== '') {
    if (!/^[+-]?\d+$/.test(retries)) throw bad(`strconv.ParseInt: parsing ${JSON.stringify(retries)}: invalid syntax`);
    const n = Number(retries);
    if (n < 0) throw bad(`--retries cannot be negative (${n})`);
    h.Retries = n;
  }
  return h;
}
