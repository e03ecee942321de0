/**
 * AST to typed instructions, after BuildKit's instructions/parse.go (v0.25.2): argument counts,
 * flags per instruction, stage names, HEALTHCHECK options, RUN flags, and BuildKit's error texts.
 * Errors inside an instruction are reported as `dockerfile parse error on line N: …`.
 *
 * Worked example:
 *   const out = parseDockerfile('FROM alpine AS base\nRUN --network=none echo hi\n');
 *   out.ok && out.stages[0].commands[0]  // { kind: 'run', network: 'none', cmdLine: ['echo hi'], … }
 * Nothing here throws: every failure is { ok: false, error } with a line.
 *
 * `labs: true` enables what Engine 28.5's built-in frontend only has in labs builds
 * (`COPY --parents`, `RUN --security`); without it they are unknown flags, as in Engine 28.5.
 */
import { parseDuration, DurationError } from '../../cli/go/duration.ts';
import { goQuote } from '../../cli/go/quote.ts';
import { NumError, parseInt as goParseInt } from '../../cli/go/strconv.ts';
import { goTrimSpace, type Node } from './ast.ts';
import { BFlags } from './bflag.ts';
import { DockerfileSyntaxError, makeError, type DockerfileError } from './errors.ts';
import { chompHeredocContent, mustParseHeredoc } from './heredoc.ts';
import type {
  Command, HealthConfig, Instruction, KeyValuePair, KeyValuePairOptional, ShellDependantCmdLine, SourcesAndDest, Stage,
} from './instruction-types.ts';
import { parse, type ParseResult } from './parser.ts';
import { parseDevice, parseMount } from './run-mount.ts';
import { withSuggestion } from './suggest.ts';

export interface InstructionOptions {
  /** Enable labs-only flags (`COPY --parents`, `RUN --security`). Default false, as Engine 28.5. */
  readonly labs?: boolean;
}

interface Request {
  command: string;
  args: string[];
  node: Node;
  flags: BFlags;
  json: boolean;
  original: string;
  labs: boolean;
}

const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

const fail = (msg: string): never => {
  throw new DockerfileSyntaxError('instruction', msg);
};
const atLeastOne = (cmd: string) => fail(`${cmd} requires at least one argument`);
const exactlyOne = (cmd: string) => fail(`${cmd} requires exactly one argument`);

/** The values after the instruction word; ONBUILD's trigger contributes its name and its values. */
function nodeArgs(node: Node): string[] {
  const out: string[] = [];
  for (let n = node; n.next !== null; n = n.next) {
    const arg = n.next;
    if (arg.children.length === 0) out.push(arg.value);
    else if (arg.children.length === 1) out.push(arg.children[0].value, ...nodeArgs(arg.children[0]));
  }
  return out;
}

function common(req: Request) {
  return { name: req.command, code: goTrimSpace(req.original), startLine: req.node.startLine, endLine: req.node.endLine };
}

function parseKvps(args: string[], cmd: string): KeyValuePair[] {
  if (args.length === 0) atLeastOne(cmd);
  if (args.length % 3 !== 0) fail(`Bad input to ${cmd}, too many arguments`);
  const out: KeyValuePair[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j].length === 0) fail(`${cmd} names can not be blank`);
    out.push({ key: args[j], value: args[j + 1], noDelim: args[j + 2] === '' });
  }
  return out;
}

function handleJSONArgs(args: string[], json: boolean): string[] {
  if (args.length === 0) return [];
  return json ? args : [args.join(' ')];
}

function shellDependent(req: Request, emptyAsNil: boolean): ShellDependantCmdLine {
  const files = req.node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp }));
  const args = handleJSONArgs(req.args, req.json);
  return { cmdLine: emptyAsNil && args.length === 0 ? null : args, files, prependShell: !req.json };
}

function sourcesAndDest(req: Request, cmd: string): SourcesAndDest {
  const srcs = req.args.slice(0, -1);
  const dest = req.args[req.args.length - 1];
  if (mustParseHeredoc(dest) !== null) fail(`${cmd} cannot accept a heredoc as a destination`);
  const byName = new Map(req.node.heredocs.map((h) => [h.name, h]));
  const out: SourcesAndDest = { destPath: dest, sourcePaths: [], sourceContents: [] };
  for (const src of srcs) {
    const doc = mustParseHeredoc(src);
    if (doc === null) {
      out.sourcePaths.push(src);
      continue;
    }
    let data = byName.get(doc.name)?.content ?? '';
    if (doc.chomp) data = chompHeredocContent(data);
    out.sourceContents.push({ path: doc.name, data, expand: doc.expand });
  }
  return out;
}

function parseFrom(req: Request): Stage {
  let stageName = '';
  const a = req.args;
  if (a.length === 3 && a[1].toLowerCase() === 'as') {
    stageName = a[2].toLowerCase();
    if (!VALID_STAGE_NAME.test(stageName)) {
      fail(`invalid name for build stage: ${goQuote(a[2])}, name can't start with a number or contain symbols`);
    }
  } else if (a.length !== 1) {
    fail('FROM requires either one or three arguments');
  }
  const platform = req.flags.addString('platform');
  req.flags.parse();
  const comment = stageName === '' ? '' : commentFor(req.node.prevComment, stageName);
  return {
    kind: 'from', name: stageName, origCmd: req.command, baseName: a[0], platform: platform.value,
    code: goTrimSpace(req.original), comment, startLine: req.node.startLine, endLine: req.node.endLine, commands: [],
  };
}

function commentFor(comments: readonly string[], name: string): string {
  if (name === '') return '';
  for (const line of comments) if (line.startsWith(name + ' ')) return line.slice(name.length + 1);
  return '';
}

/** parseOptInterval: '' is 0; anything else must parse and be 0 or at least 1ms. */
function interval(name: string, value: string): bigint {
  if (value === '') return 0n;
  let d: bigint;
  try {
    d = parseDuration(value);
  } catch (e) {
    if (e instanceof DurationError) return fail(e.message);
    throw e;
  }
  if (d === 0n) return 0n;
  if (d < 1_000_000n) fail(`Interval ${goQuote(name)} cannot be less than 1ms`);
  return d;
}

function parseHealthcheck(req: Request): Command {
  if (req.args.length === 0) atLeastOne('HEALTHCHECK');
  let typ = req.args[0].toUpperCase();
  const args = req.args.slice(1);
  const health: HealthConfig = { test: [], interval: 0n, timeout: 0n, startPeriod: 0n, startInterval: 0n, retries: 0 };
  if (typ === 'NONE') {
    // BuildKit does not check flags on HEALTHCHECK NONE.
    if (args.length !== 0) fail('HEALTHCHECK NONE takes no arguments');
    health.test = [typ];
    return { kind: 'healthcheck', ...common(req), health };
  }
  const fl = req.flags;
  const flInterval = fl.addString('interval');
  const flTimeout = fl.addString('timeout');
  const flStartPeriod = fl.addString('start-period');
  const flStartInterval = fl.addString('start-interval');
  const flRetries = fl.addString('retries');
  fl.parse();
  if (typ !== 'CMD') fail(`Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)`);
  const cmd = handleJSONArgs(args, req.json);
  if (cmd.length === 0) fail('Missing command after HEALTHCHECK CMD');
  if (!req.json) typ = 'CMD-SHELL';
  health.test = [typ, ...cmd];
  health.interval = interval('interval', flInterval.value);
  health.timeout = interval('timeout', flTimeout.value);
  health.startPeriod = interval('start-period', flStartPeriod.value);
  health.startInterval = interval('start-interval', flStartInterval.value);
  if (flRetries.value !== '') {
    let retries = 0;
    try {
      retries = goParseInt(flRetries.value, 10, 32);
    } catch (e) {
      if (e instanceof NumError) fail(e.message);
      throw e;
    }
    if (retries < 0) fail(`--retries cannot be negative (${retries})`);
    health.retries = retries;
  }
  return { kind: 'healthcheck', ...common(req), health };
}

function parseRun(req: Request): Command {
  const fl = req.flags;
  // BuildKit's RUN hooks in init order: device, mount, network (and security in labs builds).
  const flDevice = fl.addStrings('device');
  const flMount = fl.addStrings('mount');
  const flNetwork = fl.addString('network', 'default');
  const flSecurity = req.labs ? fl.addString('security', 'sandbox') : null;
  fl.parse();
  const cmdline = shellDependent(req, false);
  const devices = flDevice.values.map(parseDevice);
  for (const m of flMount.values) parseMount(m, null);
  const network = flNetwork.value as 'default' | 'none' | 'host';
  if (network !== 'default' && network !== 'none' && network !== 'host') fail(`invalid network mode ${goQuote(network)}`);
  const security = (flSecurity?.value ?? 'sandbox') as 'sandbox' | 'insecure';
  if (security !== 'sandbox' && security !== 'insecure') fail(`security ${goQuote(security)} is not valid`);
  return {
    kind: 'run', ...common(req), ...cmdline, mounts: [...flMount.values], network, security, devices,
    flagsUsed: [...fl.used.keys()],
  };
}

function parseOnbuild(req: Request): Command {
  if (req.args.length === 0) atLeastOne('ONBUILD');
  req.flags.parse();
  const trigger = goTrimSpace(req.args[0]).toUpperCase();
  if (trigger === 'ONBUILD') fail('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
  if (trigger === 'MAINTAINER' || trigger === 'FROM') fail(`${trigger} isn't allowed as an ONBUILD trigger`);
  let expression = req.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  for (const h of req.node.heredocs) expression += '\n' + h.content + h.name;
  return { kind: 'onbuild', ...common(req), expression };
}

function parseArg(req: Request): Command {
  if (req.args.length < 1) atLeastOne('ARG');
  const args: KeyValuePairOptional[] = req.args.map((arg) => {
    const eq = arg.indexOf('=');
    const pair: KeyValuePairOptional = { key: arg, value: null, comment: '' };
    if (eq >= 0) {
      if (eq === 0) fail('ARG names can not be blank');
      pair.key = arg.slice(0, eq);
      pair.value = arg.slice(eq + 1);
    }
    pair.comment = commentFor(req.node.prevComment, pair.key);
    return pair;
  });
  return { kind: 'arg', ...common(req), args };
}

function parseByName(req: Request): Instruction {
  const fl = req.flags;
  switch (req.command.toLowerCase()) {
    case 'env':
      fl.parse();
      return { kind: 'env', ...common(req), env: parseKvps(req.args, 'ENV') };
    case 'maintainer':
      if (req.args.length !== 1) exactlyOne('MAINTAINER');
      fl.parse();
      return { kind: 'maintainer', ...common(req), maintainer: req.args[0] };
    case 'label':
      fl.parse();
      return { kind: 'label', ...common(req), labels: parseKvps(req.args, 'LABEL') };
    case 'add': {
      if (req.args.length < 2) fail('ADD requires at least two arguments, but only one was provided. Destination could not be determined');
      const chown = fl.addString('chown');
      const chmod = fl.addString('chmod');
      const link = fl.addBool('link');
      const keepGitDir = fl.addBool('keep-git-dir');
      const checksum = fl.addString('checksum');
      const unpack = fl.addBool('unpack');
      const excludes = fl.addStrings('exclude');
      fl.parse();
      return {
        kind: 'add', ...common(req), sourcesAndDest: sourcesAndDest(req, 'ADD'), chown: chown.value, chmod: chmod.value,
        link: link.value === 'true', keepGitDir: fl.isUsed('keep-git-dir') ? keepGitDir.value === 'true' : null,
        checksum: checksum.value, excludePatterns: [...excludes.values],
        unpack: fl.isUsed('unpack') ? unpack.value === 'true' : null,
      };
    }
    case 'copy': {
      if (req.args.length < 2) fail('COPY requires at least two arguments, but only one was provided. Destination could not be determined');
      const parents = req.labs ? fl.addBool('parents') : null;
      const chown = fl.addString('chown');
      const from = fl.addString('from');
      const chmod = fl.addString('chmod');
      const link = fl.addBool('link');
      const excludes = fl.addStrings('exclude');
      fl.parse();
      return {
        kind: 'copy', ...common(req), sourcesAndDest: sourcesAndDest(req, 'COPY'), from: from.value, chown: chown.value,
        chmod: chmod.value, link: link.value === 'true', parents: parents?.value === 'true',
        excludePatterns: [...excludes.values],
      };
    }
    case 'from':
      return parseFrom(req);
    case 'onbuild':
      return parseOnbuild(req);
    case 'workdir':
      if (req.args.length !== 1) exactlyOne('WORKDIR');
      fl.parse();
      return { kind: 'workdir', ...common(req), path: req.args[0] };
    case 'run':
      return parseRun(req);
    case 'cmd':
      fl.parse();
      return { kind: 'cmd', ...common(req), ...shellDependent(req, false) };
    case 'healthcheck':
      return parseHealthcheck(req);
    case 'entrypoint':
      fl.parse();
      return { kind: 'entrypoint', ...common(req), ...shellDependent(req, true) };
    case 'expose': {
      if (req.args.length === 0) atLeastOne('EXPOSE');
      fl.parse();
      const ports = [...req.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return { kind: 'expose', ...common(req), ports };
    }
    case 'user':
      if (req.args.length !== 1) exactlyOne('USER');
      fl.parse();
      return { kind: 'user', ...common(req), user: req.args[0] };
    case 'volume': {
      if (req.args.length === 0) atLeastOne('VOLUME');
      fl.parse();
      const volumes = req.args.map((v) => {
        const t = goTrimSpace(v);
        if (t === '') fail('VOLUME specified can not be an empty string');
        return t;
      });
      return { kind: 'volume', ...common(req), volumes };
    }
    case 'stopsignal':
      // BuildKit never checks STOPSIGNAL's flags.
      if (req.args.length !== 1) exactlyOne('STOPSIGNAL');
      return { kind: 'stopsignal', ...common(req), signal: req.args[0] };
    case 'arg':
      return parseArg(req);
    case 'shell': {
      fl.parse();
      const shell = handleJSONArgs(req.args, req.json);
      if (shell.length === 0) atLeastOne('SHELL');
      if (!req.json) fail('SHELL requires the arguments to be in JSON form');
      return { kind: 'shell', ...common(req), shell };
    }
  }
  throw new DockerfileSyntaxError(
    'unknown-instruction',
    withSuggestion(`unknown instruction: ${req.command}`, req.command, INSTRUCTION_NAMES, false),
  );
}

/** One AST child to a typed instruction. Throws DockerfileSyntaxError (without the line prefix). */
export function parseInstruction(node: Node, opts: InstructionOptions = {}): Instruction {
  const req: Request = {
    command: node.value,
    args: nodeArgs(node),
    node,
    flags: new BFlags(node.flags),
    json: node.attributes.json === true,
    original: node.original,
    labs: opts.labs === true,
  };
  return parseByName(req);
}

export interface ParsedDockerfile {
  readonly ok: true;
  readonly stages: Stage[];
  /** ARGs before the first FROM (usable only in FROM lines). */
  readonly metaArgs: Extract<Command, { kind: 'arg' }>[];
  readonly parse: ParseResult;
}

export type InstructionsOutcome = ParsedDockerfile | { readonly ok: false; readonly error: DockerfileError };

/** BuildKit's instructions.Parse over a parsed AST. */
export function parseInstructions(parsed: ParseResult, opts: InstructionOptions = {}): InstructionsOutcome {
  const stages: Stage[] = [];
  const metaArgs: Extract<Command, { kind: 'arg' }>[] = [];
  for (const node of parsed.ast.children) {
    let ins: Instruction;
    try {
      ins = parseInstruction(node, opts);
    } catch (e) {
      if (!(e instanceof DockerfileSyntaxError)) throw e;
      const message = `dockerfile parse error on line ${node.startLine}: ${e.message}`;
      return { ok: false, error: makeError(e.kind, e.message, node.startLine, node.endLine, message) };
    }
    if (stages.length === 0 && ins.kind === 'arg') {
      metaArgs.push(ins);
      continue;
    }
    if (ins.kind === 'from') {
      stages.push(ins);
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage === undefined) {
      return { ok: false, error: makeError('no-stage', 'no build stage in current context', node.startLine, node.endLine) };
    }
    stage.commands.push(ins);
  }
  return { ok: true, stages, metaArgs, parse: parsed };
}

/**
 * The whole front half of `docker build`: the empty-file check of dockerfile2llb, the parser,
 * the instructions, and the "no stages" check.
 */
export function parseDockerfile(src: string, opts: InstructionOptions = {}): InstructionsOutcome {
  if (src.length === 0) return { ok: false, error: makeError('empty', 'the Dockerfile cannot be empty', 0) };
  const parsed = parse(src);
  if (!parsed.ok) return parsed;
  const out = parseInstructions(parsed.result, opts);
  if (out.ok && out.stages.length === 0) {
    return { ok: false, error: makeError('no-stages', 'dockerfile contains no stages to build', 0) };
  }
  return out;
}
