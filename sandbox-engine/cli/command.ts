/**
 * The `docker` command line front end: resolve argv to a command the way docker/cli 28 does
 * (cmd/docker/docker.go runDocker + cobra v1.9.1 ExecuteC with TraverseChildren), and produce
 * everything the CLI prints before a command's own logic runs: help, usage errors, flag errors,
 * `docker --version`, unknown commands.
 *
 * Lifecycle: `dispatch(argv, options)` builds a fresh command tree, parses, and returns either
 *   { kind: 'done', stdout, stderr, status }  — nothing left to do (help, error, version), or
 *   { kind: 'run', invocation, stdout, stderr } — print stdout/stderr (deprecation notices), then
 *     run the engine's handler for `invocation.path` (the spec path, the same for `docker ps` and
 *     `docker container ls`).
 * `runDocker` does both steps with a handler table.
 *
 * Example:
 *   dispatch(['rm'])  →  { kind: 'done', status: 1, stderr:
 *     "docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n" }
 *   dispatch(['ps', '-a'])  →  { kind: 'run', invocation: { path: 'container ls', flags, args: [] } }
 *
 * Exit statuses as recorded from docker CLI 28.2.2: flag errors 125 (cli.FlagErrorFunc), argument
 * count errors and unknown commands 1, help 0.
 */
import { ENGINE_28 } from './command-spec.ts';
import type { CommandSpec, ServerFeatures } from './command-spec.ts';
import { buildTree } from './command-tree.ts';
import type { CommandNode } from './command-tree.ts';
import { commandSupportError, flagSupportError } from './features.ts';
import { processBuilder } from './builder-forward.ts';
import { goQuote } from './go/quote.ts';
import { FlagError, HelpRequested } from './flags.ts';
import type { FlagSet, FlagValue } from './flags.ts';
import type { Validator } from './flags/validators.ts';
import { renderHelp } from './help.ts';
import { commandSpecs, rootSpec } from './command/index.ts';

export type { CommandSpec, ServerFeatures } from './command-spec.ts';
export { ENGINE_28 } from './command-spec.ts';

/** Read-only view of a command's parsed flags. */
export interface ParsedFlags {
  get(name: string): FlagValue;
  bool(name: string): boolean;
  string(name: string): string;
  number(name: string): number;
  list(name: string): string[];
  map(name: string): Map<string, string>;
  changed(name: string): boolean;
}

export interface Invocation {
  /** Spec path ('container ls' for both `docker ps` and `docker container ls`). */
  path: string;
  /** The command as called: 'docker ps'. */
  commandPath: string;
  /** 'docker ps [OPTIONS]' — for usage blocks in errors the command itself raises. */
  useLine: string;
  spec: CommandSpec;
  args: string[];
  /** Positionals before `--`, or -1. */
  argsLenAtDash: number;
  flags: ParsedFlags;
  /** The root's flags: config, context, debug, host, log-level, tls... */
  globals: ParsedFlags;
}

export type DispatchResult =
  | { kind: 'done'; stdout: string; stderr: string; status: number }
  | { kind: 'run'; invocation: Invocation; stdout: string; stderr: string };

export interface DispatchOptions {
  features?: ServerFeatures;
  /** Terminal width when stdin is a terminal (help wraps to it minus one); undefined = 80. */
  columns?: number;
  /** The client's environment: HOME, DOCKER_CONFIG, DOCKER_CERT_PATH, and `-e NAME` lookups. */
  env?: Readonly<Record<string, string>>;
  /** `docker --version`: defaults to Docker 28.5.2, build ecc6942. */
  version?: { version: string; gitCommit: string };
  /** Extra flag validators by name (see flags/validators.ts), e.g. 'MountOpt'. */
  validators?: Readonly<Record<string, Validator>>;
  /** Override the specs (tests); defaults to cli/command/index.ts. */
  specs?: { root: CommandSpec; commands: readonly CommandSpec[] };
}

/** logrus.ParseLevel's accepted names (cli/flags SetLogLevel via Initialize). */
const LOG_LEVELS = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

function view(fs: FlagSet): ParsedFlags {
  return {
    get: (n) => fs.get(n),
    bool: (n) => fs.get(n) as boolean,
    string: (n) => fs.get(n) as string,
    number: (n) => Number(fs.get(n)),
    list: (n) => fs.get(n) as string[],
    map: (n) => fs.get(n) as Map<string, string>,
    changed: (n) => fs.changed(n),
  };
}

const done = (stdout: string, stderr: string, status: number): DispatchResult => ({ kind: 'done', stdout, stderr, status });

class Dispatcher {
  private readonly features: ServerFeatures;
  private readonly opts: DispatchOptions;
  private readonly root: CommandNode;
  /** The environment a CLI plugin sees (builder-forward.ts adds BUILDX_BUILDER), once forwarded. */
  private pluginEnv: Readonly<Record<string, string>> | undefined;

  constructor(opts: DispatchOptions) {
    this.opts = opts;
    this.features = opts.features ?? ENGINE_28;
    const env = opts.env ?? {};
    const specs = opts.specs ?? { root: rootSpec, commands: commandSpecs };
    this.root = buildTree(specs.root, specs.commands, {
      validators: opts.validators,
      validatorContext: { getenv: (n) => env[n] },
    });
  }

  private resolveDefault = (s: string): string => {
    const env = this.opts.env ?? {};
    const configDir = env.DOCKER_CONFIG || (env.HOME ?? '/root') + '/.docker';
    const certPath = env.DOCKER_CERT_PATH || configDir;
    const out = s.replaceAll('$CONFIG_DIR', configDir).replaceAll('$CERT_PATH', certPath);
    // buildx commands/root.go rootFlags: --builder defaults to os.Getenv("BUILDX_BUILDER").
    return out.replaceAll('$BUILDX_BUILDER', (this.pluginEnv ?? env).BUILDX_BUILDER ?? '');
  };

  /** The plugin root (spec.plugin) the node belongs to, if any. */
  private pluginOf(node: CommandNode): CommandNode | undefined {
    for (let n: CommandNode | undefined = node; n; n = n.parent) if (n.spec.plugin) return n;
    return undefined;
  }

  private help(node: CommandNode): string {
    return renderHelp(node, { features: this.features, columns: this.opts.columns, resolveDefault: this.resolveDefault });
  }

  /** docker.go setHelpFunc: an unsupported command prints its error instead of help (still status 0). */
  private helpOutput(node: CommandNode, prefix = ''): DispatchResult {
    const unsupported = this.commandSupport(node);
    if (unsupported) return done(prefix + unsupported + '\n', '', 0);
    return done(prefix + this.help(node), '', 0);
  }

  /** cli.FlagErrorFunc (after docker.go's isSupported pre-check). */
  private flagError(node: CommandNode, err: FlagError): DispatchResult {
    const unsupported = this.isSupported(node);
    if (unsupported) return done('', unsupported + '\n', 1);
    return done(
      '',
      `${err.message}\n\nUsage:  ${node.useLine()}\n\nRun '${node.commandPath()} --help' for more information\n`,
      125,
    );
  }

  private commandSupport(node: CommandNode): string | undefined {
    for (let n: CommandNode | undefined = node; n; n = n.parent) {
      const e = commandSupportError(node.commandPath(), n.spec.annotations, this.features);
      if (e) return e;
    }
    return undefined;
  }

  /** isSupported: the command chain, then every changed flag (errors joined by newlines). */
  private isSupported(node: CommandNode): string | undefined {
    const c = this.commandSupport(node);
    if (c) return c;
    const errs: string[] = [];
    for (const f of node.flags().all()) {
      if (!f.changed) continue;
      const e = flagSupportError(f.name, f.spec.annotations, this.features);
      if (e) errs.push(e);
    }
    return errs.length > 0 ? errs.join('\n') : undefined;
  }

  /** cli/required.go messages. */
  private argsError(node: CommandNode, args: string[]): string | undefined {
    const rule = node.spec.args;
    const path = node.commandPath();
    const use = node.useLine();
    const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
    switch (rule.kind) {
      case 'any':
        return undefined;
      case 'none':
        if (args.length === 0) return undefined;
        if (node.hasSubCommands()) {
          return `docker: unknown command: ${path} ${args[0]}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
        }
        return `docker: '${path}' accepts no arguments\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
      case 'min':
        if (args.length >= rule.n) return undefined;
        return `docker: '${path}' requires at least ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\nSee '${path} --help' for more information`;
      case 'max':
        if (args.length <= rule.n) return undefined;
        // "SRun" is in docker/cli's source (cli/required.go RequiresMaxArgs).
        return `docker: '${path}' requires at most ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\nSRun '${path} --help' for more information`;
      case 'exact':
        if (args.length === rule.n) return undefined;
        return `docker: '${path}' requires ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
      case 'range':
        if (args.length >= rule.min && args.length <= rule.max) return undefined;
        return `docker: '${path}' requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
    }
  }

  /** cobra Command.Traverse: walk subcommand names, parsing the flags seen at each level. */
  private traverse(node: CommandNode, args: string[]): { node: CommandNode; args: string[] } | { error: string } {
    const flags: string[] = [];
    let inFlag = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      const fs = node.flags();
      if (arg.startsWith('--') && !arg.includes('=')) {
        const f = fs.lookup(arg.slice(2));
        inFlag = !(f !== undefined && f.noOptDefVal !== '');
        flags.push(arg);
        continue;
      }
      if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2) {
        const f = fs.shorthandLookup(arg.slice(1));
        if (!(f !== undefined && f.noOptDefVal !== '')) {
          inFlag = true;
          flags.push(arg);
          continue;
        }
      }
      if (inFlag) {
        inFlag = false;
        flags.push(arg);
        continue;
      }
      if (arg.length > 1 && arg[0] === '-') {
        // isFlagArg: a flag without a value, or with an `=` value.
        flags.push(arg);
        continue;
      }
      const next = node.findChild(arg);
      if (!next) return { node, args };
      try {
        fs.parse(flags);
      } catch (e) {
        if (e instanceof FlagError) return { error: e.message };
        throw e;
      }
      return this.traverse(next, args.slice(i + 1));
    }
    return { node, args };
  }

  private version(): string {
    const v = this.opts.version ?? { version: '28.5.2', gitCommit: 'ecc6942' };
    return `Docker version ${v.version}, build ${v.gitCommit}\n`;
  }

  run(argv: readonly string[]): DispatchResult {
    const root = this.root;
    // 1. HandleGlobalFlags: the root's flags up to the first command word (not interspersed).
    const globalSet = root.flags();
    globalSet.interspersed = false;
    let stderrPre = '';
    try {
      globalSet.parse([...argv]);
    } catch (e) {
      if (e instanceof FlagError) return this.flagError(root, e);
      if (e instanceof HelpRequested) return this.helpOutput(root);
      throw e;
    }
    // pflag's own FlagSet writes deprecation notices to stderr here (`docker -h`).
    stderrPre += globalSet.warnings.join('');
    globalSet.warnings = [];
    const rest = globalSet.args;
    globalSet.args = [];
    globalSet.interspersed = true;
    const level = globalSet.get('log-level') as string;
    if (!LOG_LEVELS.has(level.toLowerCase())) {
      return done('', stderrPre + `Unable to parse logging level: ${level}\n`, 1);
    }

    // processAliases → processBuilder (builder-forward.ts): `docker build` runs `docker buildx build`.
    const fwd = processBuilder(rest, this.opts.env ?? {}, {
      context: globalSet.get('context') as string,
      hosts: globalSet.get('host') as string[],
    });
    if (fwd.kind === 'error') return done('', stderrPre + fwd.message + '\n', 1);
    if (fwd.kind === 'legacy') stderrPre += fwd.stderr;
    else this.pluginEnv = fwd.env;
    // The plugin's flags take their env-derived defaults from the environment it runs with.
    for (const p of root.children) {
      if (!p.spec.plugin) continue;
      for (const f of p.flags().all()) {
        if (f.spec.type === 'string' && f.defValue.includes('$') && !f.changed) f.value = this.resolveDefault(f.defValue);
      }
    }

    // 2. cobra ExecuteC → Traverse → execute.
    const found = this.traverse(root, fwd.args);
    if ('error' in found) return done('', stderrPre + found.error + '\n', 1);
    const { node, args } = found;
    const fs = node.flags();
    try {
      fs.parse(args);
    } catch (e) {
      if (e instanceof FlagError) return this.withPre(this.flagError(node, e), stderrPre);
      if (e instanceof HelpRequested) return this.withPre(this.helpOutput(node), stderrPre);
      throw e;
    }
    // cobra ParseFlags prints flag warnings through c.Print: docker's root output, stdout.
    const stdoutPre = fs.warnings.join('');
    const positional = fs.args;

    if (fs.lookup('help')?.value === true) return this.withPre(this.helpOutput(node, stdoutPre), stderrPre);
    if (node === root && fs.lookup('version')?.value === true) return done(stdoutPre + this.version(), stderrPre, 0);

    if (node.isHelpCommand) return this.withPre(this.helpCommand(positional, stdoutPre), stderrPre);

    // setValidateArgs / PersistentPreRunE: isSupported, then the argument count.
    const unsupported = this.isSupported(node);
    if (unsupported) return done(stdoutPre, stderrPre + unsupported + '\n', 1);
    const plugin = this.pluginOf(node);
    // A plugin's errors are printed by its main: `ERROR: <err>` (buildx v0.29.1 cmd/buildx/main.go:118).
    const argErr = this.argsError(node, positional);
    if (argErr) return done(stdoutPre, stderrPre + (plugin ? 'ERROR: ' : '') + argErr + '\n', 1);
    if (plugin && node.hasSubCommands()) {
      // buildx commands/root.go:63-73 RunE (also the history/imagetools groups'): the help on stdout,
      // then an unknown subcommand is a StatusError main.go:94-102 prints as is, status 1.
      if (positional.length === 0) return done(stdoutPre + this.help(node), stderrPre, 0);
      return done(stdoutPre + this.help(node), stderrPre + `ERROR: unknown command: ${goQuote(positional[0])}\n`, 1);
    }

    if (node === root) {
      if (positional.length === 0) return done(stdoutPre, stderrPre + this.help(root), 0);
      return done(
        stdoutPre,
        stderrPre + `docker: unknown command: docker ${positional[0]}\n\nRun 'docker --help' for more information\n`,
        1,
      );
    }
    // Management commands (container, image, ...): command.ShowHelp(dockerCli.Err()).
    if (node.hasSubCommands()) return done(stdoutPre, stderrPre + this.help(node), 0);

    return {
      kind: 'run',
      stdout: stdoutPre,
      stderr: stderrPre,
      invocation: {
        path: node.spec.path,
        commandPath: node.commandPath(),
        useLine: node.useLine(),
        spec: node.spec,
        args: positional,
        argsLenAtDash: fs.argsLenAtDash,
        flags: view(fs),
        globals: view(root.flags()),
      },
    };
  }

  private withPre(r: DispatchResult, stderrPre: string): DispatchResult {
    return stderrPre === '' ? r : { ...r, stderr: stderrPre + r.stderr };
  }

  /** cli/cobra.go helpCommand: `docker help container ls`. */
  private helpCommand(args: string[], stdoutPre: string): DispatchResult {
    let node = this.root;
    let i = 0;
    for (; i < args.length; i++) {
      if (args[i].startsWith('-')) continue;
      const next = node.findChild(args[i]);
      if (!next) break;
      node = next;
    }
    const leftover = args.slice(i).filter((a) => !a.startsWith('-'));
    if (leftover.length > 0) return done(stdoutPre, `unknown help topic: ${leftover.join(' ')}\n`, 1);
    return this.helpOutput(node, stdoutPre);
  }
}

/** Resolve one `docker` command line (see the module comment). */
export function dispatch(argv: readonly string[], opts: DispatchOptions = {}): DispatchResult {
  return new Dispatcher(opts).run(argv);
}

/** A command's behaviour, attached by the engine side by spec path ('container ls'). */
export type CommandHandler = (inv: Invocation, io: CommandIO) => Promise<number>;

export interface CommandIO {
  stdout(text: string): Promise<void>;
  stderr(text: string): Promise<void>;
}

/**
 * Dispatch and run: prints what dispatch produced and calls the handler for the resolved path.
 * A command without a handler prints `docker: '<path>' is not available in this simulation`
 * (no Docker text exists for that) and exits 1.
 */
export async function runDocker(
  argv: readonly string[],
  handlers: Readonly<Record<string, CommandHandler>>,
  io: CommandIO,
  opts: DispatchOptions = {},
): Promise<number> {
  const r = dispatch(argv, opts);
  if (r.stdout) await io.stdout(r.stdout);
  if (r.stderr) await io.stderr(r.stderr);
  if (r.kind === 'done') return r.status;
  const handler = handlers[r.invocation.path];
  if (!handler) {
    await io.stderr(`docker: '${r.invocation.commandPath}' is not available in this simulation\n`);
    return 1;
  }
  return handler(r.invocation, io);
}

/**
 * `docker run`/`docker create` wrap their errors as docker/cli 28 does (container/run.go withHelp):
 * `docker: <message>\n\nRun 'docker run --help' for more information`. Exit status is the
 * caller's: 125 daemon/generic, 127 not found, 126 not executable (toStatusError).
 */
export function withHelp(message: string, commandName: 'run' | 'create' | string): string {
  return `docker: ${message}\n\nRun 'docker ${commandName} --help' for more information`;
}
