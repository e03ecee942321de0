/**
 * `docker build` with BuildKit's Dockerfile frontend (v0.25.2, built into Engine 28.5). Only the
 * stages the last one needs are built (through FROM <stage> and COPY --from=<stage>), in file
 * order; in each, instructions run in order on the stage's layers; RUN, COPY/ADD and WORKDIR make layers,
 * the others change the config and add an empty history entry (bk:frontend/dockerfile/
 * dockerfile2llb/convert.go). The result is stored as the moby exporter stores it: config bytes
 * (image-config.ts), ID = their sha256, no parent, tagged with each -t name.
 *
 * Cache (cache.ts): a step's key is its parent's key plus the operation (the command, the env it
 * runs with, the user and directory; for COPY the checksum of the files). A hit reuses the layer
 * and prints CACHED; the first miss leaves every later step uncached, as their parents changed.
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Layer } from '../layer/layer-store.ts';
import type { Command, KeyValuePairOptional, ParsedDockerfile, Stage } from './dockerfile/index.ts';
import { chompHeredocContent, envsFromList, Lex, parseDockerfile, parseHeredoc, type EnvGetter } from './dockerfile/index.ts';
import { tagImage } from '../daemon/image-tag.ts';
import { fullString, parseNormalizedNamed, tagNameOnly, type Named } from '../reference/reference.ts';
import { digestOf } from '../layer/digest.ts';
import { utf8 } from '../util/text.ts';
import { rfc3339Nano } from '../util/time.ts';
import { PlainProgress, bytesString, type PendingVertex, type Vertex } from './progress.ts';
import type { BuildContext } from './context.ts';
import { configBytes, fillCreated, fromImageHistory, type BuildConfig, type BuildHistory } from './image-config.ts';
import { copyInLayer, mkdirInLayer, selectSource, selectionChecksum, withoutExcluded, type Selection } from './copy.ts';
import { runInLayer } from './exec-run.ts';
import { runNetworkMode, type BuildNetworkMode } from '../network/build-step.ts';
import { resolveBaseImage, type BaseImage } from './base-image.ts';
import { stageSource } from './stage-source.ts';
import { buildCache, type CacheRecord } from './cache.ts';
import { failureBox, failureSummary, type BuildFailure } from './error-block.ts';
import { withSuggestion } from './dockerfile/suggest.ts';
import { healthcheckHistory } from './healthcheck.ts';
import { parseMount, type Mount } from './dockerfile/index.ts';
import { MountError, prepareMounts, type PreparedMounts } from './run-mounts.ts';
import { addInLayer } from './add-archive.ts';
import { noteBaseImage, noteCacheMount, noteLocalContext, noteLocalSources, noteStep } from './build-cache-usage.ts';
import { ImplicitImages } from './image-sources.ts';
import { isTrigger, stageTriggers, triggerCommands, TriggerError } from './onbuild.ts';
import { ENGINE_PLATFORM, isEnginePlatform, parsePlatform, platformArgs } from './platform.ts';
import { httpSourceError, isGitSource, isHTTPSource } from './remote.ts';

export interface BuildOptions {
  dockerfile: string;
  /** The name the progress shows (`Dockerfile`, or the -f file's base name). */
  dockerfileName: string;
  /** Size of .dockerignore (0 when absent): the `transferring context:` of its vertex. */
  dockerignoreSize: number;
  context: BuildContext;
  tags: Named[];
  buildArgs: Map<string, string>;
  noCache: boolean;
  /** --target: the stage to build and export ('' = the last one). */
  target?: string;
  /** --platform: the target platform (platform.ts; default the engine's linux/amd64). */
  platform?: string;
  /** The context directory on the client: BuildKit keeps its local sources per directory (build-cache-usage.ts). */
  contextDir?: string;
  /** `--secret` values the client read, by id (RUN --mount=type=secret). */
  secrets?: ReadonlyMap<string, Uint8Array>;
  /** `--network`: the RUN steps' network mode unless a step sets its own (network/build-step.ts). */
  network?: BuildNetworkMode;
  /** Where plain progress goes; null for -q. */
  progress: ((text: string) => void) | null;
}

/** A failure's `summary` is what -q still prints: the Dockerfile excerpt and the ERROR line. */
export type BuildResult = { ok: true; id: string } | { ok: false; error: string; text: string; summary: string };

interface StageState {
  top: Layer | null;
  diffIDs: string[];
  history: BuildHistory[];
  config: BuildConfig;
  architecture: string;
  os: string;
  /** Cache key of the current layer chain. */
  key: string;
  /** ARGs declared in the stage, with their values (runCommandString's buildArgs). */
  args: Array<{ key: string; value: string | null }>;
  index: number;
  total: number;
  /** The stage prefix in step names: its name or `stage-<i>`, '' in single-stage builds. */
  label: string;
  /** The FROM vertex still open while the stage's top is that image (progress.ts defer). */
  origin: PendingVertex | null;
  /** The ARGs before the first FROM: an `ARG name` without a value in the stage inherits them. */
  globalArgs: EnvGetter;
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];
/** buildkit.dockerfile.v0: dockerfile2llb's historyComment. */
const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

class StepError extends Error {
  readonly failure: BuildFailure;
  constructor(failure: BuildFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

/** Go's %q of a []string: `["a" "b"]`. */
function goQuoteList(list: readonly string[]): string {
  return `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;
}

function configFrom(base: BaseImage | null): { config: BuildConfig; history: BuildHistory[]; diffIDs: string[]; architecture: string; os: string } {
  const config: BuildConfig = { User: '', ExposedPorts: [], Env: [], Entrypoint: null, Cmd: null, Volumes: [], WorkingDir: '', Labels: new Map(), StopSignal: '', ArgsEscaped: false, Healthcheck: null, OnBuild: [], Shell: [] };
  if (base === null) {
    // FROM scratch: dockerfile2llb's emptyImage has the default PATH.
    config.Env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
    return { config, history: [], diffIDs: [], architecture: 'amd64', os: 'linux' };
  }
  const img = base;
  const c = img.config.config;
  if (c) {
    config.User = c.User ?? '';
    config.ExposedPorts = Object.keys(c.ExposedPorts ?? {});
    config.Env = [...(c.Env ?? [])];
    config.Entrypoint = c.Entrypoint ? [...c.Entrypoint] : null;
    config.Cmd = c.Cmd ? [...c.Cmd] : null;
    config.Volumes = Object.keys(c.Volumes ?? {});
    config.WorkingDir = c.WorkingDir ?? '';
    config.Labels = new Map(Object.entries(c.Labels ?? {}));
    config.StopSignal = c.StopSignal ?? '';
    config.ArgsEscaped = c.ArgsEscaped ?? false;
    // The base image's triggers run in this stage and are not passed on (onbuild.ts).
    config.OnBuild = [];
    if (c.Healthcheck) {
      const hc = c.Healthcheck;
      const ns = (v: number | undefined): bigint => BigInt(v ?? 0);
      config.Healthcheck = { test: [...(hc.Test ?? [])], interval: ns(hc.Interval), timeout: ns(hc.Timeout), startPeriod: ns(hc.StartPeriod), startInterval: ns(hc.StartInterval), retries: hc.Retries ?? 0 };
    }
    config.Shell = [...(c.Shell ?? [])];
  }
  return {
    config,
    history: fromImageHistory(img.config.history ?? []),
    diffIDs: [...(img.config.rootfs?.diff_ids ?? [])],
    architecture: img.config.architecture ?? 'amd64',
    os: img.config.os ?? 'linux',
  };
}

/** The env instructions are expanded with: the stage's ARGs, then its ENV (ENV wins). */
function expansionEnv(st: StageState): EnvGetter {
  const list: string[] = [];
  for (const a of st.args) if (a.value !== null) list.push(`${a.key}=${a.value}`);
  list.push(...st.config.Env);
  return envsFromList(list);
}

function setEnv(env: string[], key: string, value: string): void {
  const i = env.findIndex((e) => e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('=')) === key);
  if (i >= 0) env[i] = `${key}=${value}`;
  else env.push(`${key}=${value}`);
}

/** The env a RUN sees: the image's, plus declared ARGs not shadowed by it. */
function runEnv(st: StageState): string[] {
  const env = [...st.config.Env];
  const has = new Set(env.map((e) => e.split('=')[0]));
  for (const a of st.args) if (a.value !== null && !has.has(a.key)) env.push(`${a.key}=${a.value}`);
  return env;
}

/** convert.go runCommandString: `|N k=v …` for the stage's ARGs, then the args. */
function runCommandString(args: readonly string[], st: StageState, env: EnvGetter): string {
  const pairs = new Map<string, string>();
  for (const a of st.args) pairs.set(a.key, `${a.key}=${env.get(a.key) ?? a.value ?? ''}`);
  const pre = pairs.size > 0 ? [`|${pairs.size}`, ...pairs.values()] : [];
  return [...pre, ...args].join(' ');
}

function keyOf(parent: string, op: unknown): string {
  return digestOf(utf8(`${parent}\n${JSON.stringify(op)}`));
}

/** The path a WORKDIR or relative COPY destination resolves to (system.NormalizeWorkdir). */
function joinPath(base: string, p: string): string {
  const abs = p.startsWith('/') ? p : `${base || '/'}/${p}`;
  const out: string[] = [];
  for (const part of abs.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export async function build(d: Daemon, opts: BuildOptions): Promise<BuildResult> {
  const clock = d.host.clock;
  let text = '';
  const write = (t: string): void => {
    text += t;
    opts.progress?.(t);
  };
  const progress = new PlainProgress(clock, write);
  const finish = (failure: BuildFailure): BuildResult => {
    progress.end();
    const summary = failureSummary(opts.dockerfile, opts.dockerfileName, failure);
    write(failureBox(failure) + summary);
    return { ok: false, error: failure.message, text, summary };
  };

  const v1 = progress.start(`[internal] load build definition from ${opts.dockerfileName}`);
  progress.status(v1, `transferring dockerfile: ${bytesString(utf8(opts.dockerfile).length)}`, clock.now());
  progress.done(v1);
  const parsed = parseDockerfile(opts.dockerfile);
  if (!parsed.ok) {
    return finish({ message: parsed.error.message, startLine: parsed.error.startLine ?? 0, endLine: parsed.error.endLine ?? 0 });
  }
  try {
    const id = await buildAll(d, opts, progress, parsed);
    progress.end();
    return { ok: true, id };
  } catch (e) {
    if (e instanceof StepError) return finish(e.failure);
    throw e;
  }
}

/** A stage's base: an image, another stage (by name or index), or scratch. */
interface Plan {
  stage: Stage;
  index: number;
  ref: Named | null;
  baseStage: number | null;
  base: BaseImage | null;
  /** A platform other than the engine's: its image cannot be resolved (platform.ts). */
  foreign?: boolean;
}

function stageIndex(stages: readonly Stage[], name: string, before: number): number | null {
  const lower = name.toLowerCase();
  for (let i = 0; i < before; i++) if (stages[i].name !== '' && stages[i].name === lower) return i;
  if (/^\d+$/.test(name) && Number(name) < before) return Number(name);
  return null;
}

/**
 * Plan the stages the last one needs (BuildKit prunes the others), print the metadata,
 * .dockerignore, FROM and context vertices, run the stages in order, export the last.
 */
async function buildAll(d: Daemon, opts: BuildOptions, progress: PlainProgress, parsed: ParsedDockerfile): Promise<string> {
  const clock = d.host.clock;
  const lex = new Lex(parsed.parse.escapeToken ?? '\\');
  // Meta ARGs (before FROM) are visible to FROM only, after the automatic platform ARGs.
  let targetPlatform = ENGINE_PLATFORM;
  if (opts.platform) {
    try {
      targetPlatform = parsePlatform(opts.platform);
    } catch (e) {
      throw new StepError({ message: `failed to parse platform ${opts.platform}: ${(e as Error).message}`, startLine: 0, endLine: 0 });
    }
  }
  const targetName = opts.target || parsed.stages[parsed.stages.length - 1]?.name || '';
  const metaEnv: string[] = platformArgs(targetPlatform, targetName, opts.buildArgs);
  for (const a of parsed.metaArgs) {
    for (const kv of a.args) {
      const v = opts.buildArgs.get(kv.key) ?? (kv.value === null ? null : lex.processWord(kv.value, envsFromList(metaEnv)));
      if (v !== null) metaEnv.push(`${kv.key}=${v}`);
    }
  }
  const stages = parsed.stages;
  const plans: Plan[] = [];
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i];
    const baseName = lex.processWord(stage.baseName, envsFromList(metaEnv));
    const from = stageIndex(stages, baseName, i);
    let ref: Named | null = null;
    if (from === null && baseName !== 'scratch') {
      try {
        ref = tagNameOnly(parseNormalizedNamed(baseName));
      } catch (e) {
        throw new StepError({ message: `failed to parse stage name "${baseName}": ${(e as Error).message}`, startLine: stage.startLine, endLine: stage.endLine });
      }
    }
    // FROM --platform (platform.ts); only the engine's platform can be resolved.
    let platform = targetPlatform;
    if (stage.platform) {
      const v = lex.processWord(stage.platform, envsFromList(metaEnv));
      if (v === '') throw new StepError({ message: `empty platform value from expression ${stage.platform}`, startLine: stage.startLine, endLine: stage.endLine });
      try {
        platform = parsePlatform(v);
      } catch (e) {
        throw new StepError({ message: `failed to parse platform ${stage.platform}: ${(e as Error).message}`, startLine: stage.startLine, endLine: stage.endLine });
      }
    }
    plans.push({ stage, index: i, ref, baseStage: from, base: null, foreign: !isEnginePlatform(platform) });
  }
  // The stages the target needs, through FROM <stage> and COPY --from=<stage>; images named by
  // --from / from= are resolved like FROM images (image-sources.ts).
  const needed = new Set<number>();
  const implicit = new ImplicitImages();
  implicitImages.set(opts, implicit);
  const need = (i: number): void => {
    if (needed.has(i)) return;
    needed.add(i);
    const p = plans[i];
    if (p.baseStage !== null) need(p.baseStage);
    for (const c of p.stage.commands) {
      if (c.kind === 'run') {
        for (const raw of c.mounts) {
          let from = '';
          try {
            from = parseMount(raw, (w) => w).from;
          } catch {
            continue; // reported when the step runs
          }
          const j = from === '' ? null : stageIndex(stages, from, i);
          if (j !== null) need(j);
          else if (from !== '') implicit.add(from, 0, 0); // an image (image-sources.ts)
        }
        continue;
      }
      if (c.kind !== 'copy' || !c.from) continue;
      const j = stageIndex(stages, c.from, i);
      if (j === null) implicit.add(c.from, c.startLine, c.endLine); // an image (image-sources.ts)
      else need(j);
    }
  };
  // --target: findStateByName (names are lowercase), else the error with a suggestion.
  let target = stages.length - 1;
  if (opts.target) {
    const t = stages.findIndex((x) => x.name !== '' && x.name === opts.target!.toLowerCase());
    if (t < 0) {
      const names = stages.map((x) => x.name).filter((n) => n !== '');
      throw new StepError({ message: withSuggestion(`target stage ${JSON.stringify(opts.target)} could not be found`, opts.target, names, true), startLine: 0, endLine: 0 });
    }
    target = t;
  }
  need(target);
  const order = [...needed].sort((a, b) => a - b);
  const resolved = new Map<string, BaseImage>();
  for (const i of order) {
    const p = plans[i];
    if (!p.ref) continue;
    const name = fullString(p.ref);
    const known = resolved.get(name);
    if (known !== undefined) {
      p.base = known;
      continue;
    }
    const vm = progress.start(`[internal] load metadata for ${name}`);
    try {
      if (p.foreign) throw new Error('no match for platform in manifest: not found');
      p.base = resolveBaseImage(d, p.ref);
    } catch (e) {
      const msg = `${name}: failed to resolve source metadata for ${name}: ${(e as Error).message}`;
      progress.error(vm, msg);
      throw new StepError({ message: msg, startLine: p.stage.startLine, endLine: p.stage.endLine });
    }
    resolved.set(name, p.base);
    progress.done(vm);
  }
  const implicitFailure = implicit.resolve(d, progress, resolved);
  if (implicitFailure) {
    const f = implicitFailure;
    throw new StepError({ message: f.message, vertexMessage: f.vertexMessage, ...(f.vertex ? { vertex: f.vertex, logs: [] } : {}), startLine: f.startLine, endLine: f.endLine });
  }
  // ONBUILD triggers (onbuild.ts): the base image's, or the base stage's own ONBUILD lines.
  const withTriggers = new Map<number, { stage: Stage; count: number }>();
  for (const i of order) {
    const p = plans[i];
    const expressions = p.baseStage !== null ? stageTriggers(plans[p.baseStage].stage) : (p.base?.config.config?.OnBuild ?? []);
    if (expressions.length === 0) continue;
    let cmds: Command[];
    try {
      cmds = triggerCommands(expressions, p.stage);
    } catch (e) {
      if (!(e instanceof TriggerError)) throw e;
      throw new StepError({ message: e.message, startLine: p.stage.startLine, endLine: p.stage.endLine });
    }
    withTriggers.set(i, { stage: { ...p.stage, commands: [...cmds, ...p.stage.commands] }, count: cmds.length });
  }
  const vi = progress.start('[internal] load .dockerignore');
  progress.status(vi, `transferring context: ${bytesString(opts.dockerignoreSize || 2)}`, clock.now());
  progress.done(vi);
  noteLocalSources(d, opts.contextDir ?? '', utf8(opts.dockerfile).length, opts.dockerignoreSize);

  const multi = stages.length > 1 || addsSourceStates(stages);
  const states = new Map<number, StageState>();
  const layerCount = (s: Stage): number => s.commands.filter((c) => c.kind === 'run' || c.kind === 'copy' || c.kind === 'add' || c.kind === 'workdir').length;
  for (const i of order) {
    const p = plans[i];
    const base = configFrom(p.base);
    states.set(i, {
      top: p.base ? p.base.layer : null,
      ...base,
      key: p.base?.id ?? 'scratch',
      args: [],
      index: 0,
      total: (p.ref ? 1 : 0) + layerCount(p.stage) + (withTriggers.get(i)?.count ?? 0),
      label: multi ? p.stage.name || `stage-${i}` : '',
      origin: null,
      globalArgs: envsFromList(metaEnv),
    });
  }
  // The FROM vertex of each image named by --from / from= (no step prefix, image-sources.ts),
  // unless a stage FROM of the same image shows it.
  const implicitFrom = new Set(order.flatMap((i) => (plans[i].ref ? [fullString(plans[i].ref!)] : [])));
  for (const img of implicit.all()) {
    if (!img.ref || implicitFrom.has(fullString(img.ref))) continue;
    implicitFrom.add(fullString(img.ref));
    progress.done(progress.start(`FROM ${fullString(img.ref)}`));
  }
  // Stages on the same image share one FROM vertex (the same LLB op), named by the first. An
  // image an earlier build loaded is in BuildKit's cache: its vertex stays open until a step
  // after it says whether the result is loaded (CACHED) or not needed (DONE).
  const shownFrom = new Map<string, PendingVertex | null>();
  const sources = buildCache(d);
  for (const i of order) {
    const p = plans[i];
    if (!p.ref) continue;
    const st = states.get(i)!;
    const name = stepName(st, `FROM ${fullString(p.ref)}`);
    const shared = shownFrom.get(fullString(p.ref));
    if (shared !== undefined) {
      if (shared) progress.addConsumer(shared);
      st.origin = shared;
      continue;
    }
    const v = progress.start(name);
    if (p.base && sources.hasSource(p.base.id)) st.origin = progress.defer(v, 1);
    else {
      progress.done(v);
      if (p.base) sources.addSource(p.base.id);
    }
    shownFrom.set(fullString(p.ref), st.origin);
  }
  // The base images' build-cache records (build-cache-usage.ts).
  for (const i of order) if (plans[i].base && plans[i].ref) noteBaseImage(d, plans[i].base!, plans[i].ref!);
  for (const img of implicit.all()) if (img.base && img.ref) noteBaseImage(d, img.base, img.ref);
  // Only steps that read local sources need the context (heredocs and --from do not).
  // RUN --mount=type=bind without from= reads the context too (recorded: `load build context`).
  const bindsContext = (c: Command): boolean =>
    c.kind === 'run' &&
    c.mounts.some((raw) => {
      try {
        const m = parseMount(raw, (w) => w);
        return m.type === 'bind' && m.from === '';
      } catch {
        return false;
      }
    });
  if (order.some((i) => (withTriggers.get(i)?.stage ?? plans[i].stage).commands.some((c) => bindsContext(c) || ((c.kind === 'add' || (c.kind === 'copy' && !c.from)) && c.sourcesAndDest.sourcePaths.some((p) => !isHTTPSource(p)))))) {
    const vc = progress.start('[internal] load build context');
    progress.status(vc, `transferring context: ${bytesString(opts.context.size)}`, clock.now());
    progress.done(vc);
    noteLocalContext(d, opts.contextDir ?? '', opts.context.size);
  }
  for (const i of order) {
    const p = plans[i];
    const st = states.get(i)!;
    if (p.baseStage !== null) {
      // FROM <stage>: continue from that stage's result (a copy of its state).
      const b = states.get(p.baseStage)!;
      st.top = b.top;
      st.diffIDs = [...b.diffIDs];
      st.history = b.history.map((h) => ({ ...h }));
      st.config = { ...b.config, ExposedPorts: [...b.config.ExposedPorts], Env: [...b.config.Env], Volumes: [...b.config.Volumes], Labels: new Map(b.config.Labels), OnBuild: [], Shell: [...b.config.Shell] };
      st.key = b.key;
      st.origin = b.origin;
      if (b.origin) progress.addConsumer(b.origin);
      st.architecture = b.architecture;
      st.os = b.os;
    }
    await runStage(d, opts, progress, lex, st, withTriggers.get(i)?.stage ?? p.stage, (from) => {
      const j = stageIndex(stages, from, i);
      return j === null ? null : (states.get(j) ?? null);
    });
  }
  const last = states.get(target)!;
  // The exporter needs the result: a stage that is only a cached FROM loads it.
  if (last.origin) progress.use(last.origin, true);
  return exportImage(d, opts, progress, last);
}

/**
 * Whether the frontend adds a state of its own besides the stages, which keeps the `stage-0`
 * prefix on a single-stage build: every RUN --mount without from= (a `scratch` source) or with a
 * from= that names no stage, and COPY --from=<image> (BuildKit v0.25.2 dockerfile2llb
 * convert_runmount.go:16-42 detectRunMount, convert.go:818-847 toCommand, 405-421 addState,
 * 429-431 the prefix dropped only when one state is left). Unreachable stages count too.
 */
function addsSourceStates(stages: readonly Stage[]): boolean {
  const isStage = (name: string): boolean => stages.some((s) => s.name !== '' && s.name === name.toLowerCase());
  return stages.some((st) =>
    st.commands.some((c) => {
      if (c.kind === 'copy') return c.from !== '' && !/^\d+$/.test(c.from) && !isStage(c.from);
      if (c.kind !== 'run') return false;
      return c.mounts.some((raw) => {
        let from = '';
        try {
          from = parseMount(raw, (w) => w).from;
        } catch {
          // A bad mount fails later, in the step itself.
        }
        return from === '' || !isStage(from);
      });
    }),
  );
}

/** prefixCommand: `[<stage> ]<i>/<N>] ` with the index padded to N's width. */
function stepName(st: StageState, str: string): string {
  st.index++;
  const width = Math.floor(1 + Math.log10(st.total));
  return `[${st.label ? `${st.label} ` : ''}${String(st.index).padStart(width)}/${st.total}] ${str}`;
}

async function runStage(d: Daemon, opts: BuildOptions, progress: PlainProgress, lex: Lex, st: StageState, stage: Stage, stageByName: (name: string) => StageState | null): Promise<void> {
  const clock = d.host.clock;
  /** `ONBUILD ` after the step number for a trigger's steps (prefixCommand). */
  let onbuild = '';
  const prefix = (str: string): string => stepName(st, onbuild + str);
  /** ` (<first line>...)` after a heredoc RUN's name. */
  let nameSuffix = '';
  const runLex = new Lex(lex.escapeToken);
  runLex.rawQuotes = true;
  runLex.skipUnsetEnv = true;
  let cacheValid = !opts.noCache;
  const cache = buildCache(d);
  const freshCaches = opts.noCache ? freshCacheIds(opts) : null;

  /** Run a layer step: a cache hit, or `make` builds the layer tar. */
  const layerStep = async (c: Command, op: unknown, historyText: string, make: (v: Vertex) => Promise<Uint8Array>): Promise<void> => {
    const env = expansionEnv(st);
    // dispatchRun names its vertex with RawQuotes and SkipUnsetEnv set (convert.go).
    const shown = prefix(uppercaseCmd(processCmdEnv(c.kind === 'run' ? runLex : lex, c.code, env)) + nameSuffix);
    const v = progress.start(shown);
    const key = keyOf(st.key, op);
    const found = cacheValid ? cache.get(key) : undefined;
    const hit = found && d.layers.lookup(found.layer.chainID) === found.layer ? found : undefined;
    if (st.origin) {
      // The first step on the FROM: a miss runs on the image, loaded from the cache.
      progress.use(st.origin, hit === undefined);
      st.origin = null;
    }
    let rec: CacheRecord;
    if (hit) {
      progress.cached(v);
      rec = hit;
    } else {
      cacheValid = false;
      let tar: Uint8Array;
      try {
        tar = await make(v);
      } catch (e) {
        if (e instanceof StepError) {
          progress.error(v, e.failure.vertexMessage ?? e.failure.message);
          e.failure.vertex = shown;
          e.failure.logs = v.logs;
          e.failure.startLine = c.startLine;
          e.failure.endLine = c.endLine;
        }
        throw e;
      }
      const layer = d.layers.registerTar(tar, st.top);
      if (layer.refCount === 1) d.layout.addLayer(layer);
      if (st.top) d.layout.markCommitted(st.top.cacheID);
      rec = cache.put(key, layer, clock.now());
      progress.done(v);
    }
    noteStep(d, key, st.key, c.kind === 'run' ? `mount / from exec ${(op as { run: string[] }).run.join(' ')}` : 'fileop target', rec.layer);
    st.top = rec.layer;
    st.key = key;
    st.diffIDs.push(rec.layer.diffID);
    st.history.push({ created: rfc3339Nano(rec.created), created_by: historyText, comment: HISTORY_COMMENT, empty_layer: false });
  };
  const meta = (createdBy: string): void => {
    st.history.push({ created_by: createdBy, comment: HISTORY_COMMENT, empty_layer: true });
  };

  for (const c of stage.commands) {
    onbuild = isTrigger(c) ? 'ONBUILD ' : '';
    const env = expansionEnv(st);
    const word = (w: string): string => {
      try {
        return lex.processWord(w, env);
      } catch (e) {
        throw new StepError({ message: (e as Error).message, startLine: c.startLine, endLine: c.endLine });
      }
    };
    switch (c.kind) {
      case 'run': {
        const mounts: Mount[] = [];
        for (const raw of c.mounts) {
          try {
            mounts.push(parseMount(raw, word));
          } catch (e) {
            if (e instanceof StepError) throw e;
            throw new StepError({ message: (e as Error).message, startLine: c.startLine, endLine: c.endLine });
          }
        }
        let cmdLine = c.cmdLine ?? [];
        nameSuffix = '';
        if (c.files.length > 0) {
          // dispatchRun: a lone heredoc runs its content with the shell (named with a summary);
          // anything more complex is rebuilt into one script for the shell.
          if (cmdLine.length !== 1 || !c.prependShell) {
            throw new StepError({ message: `parsing produced an invalid run command: [${cmdLine.join(' ')}]`, startLine: c.startLine, endLine: c.endLine });
          }
          let lone = false;
          try {
            lone = parseHeredoc(cmdLine[0]) !== null;
          } catch {
            lone = false;
          }
          const f = c.files[0];
          if (lone && f.data.startsWith('#!')) {
            throw new StepError({ message: 'RUN heredocs with a #! line are not supported by this simulator yet', startLine: c.startLine, endLine: c.endLine });
          }
          if (lone) {
            cmdLine = [f.chomp ? chompHeredocContent(f.data) : f.data];
            const lines = f.data.trim().replaceAll('\r\n', '\n').split('\n');
            nameSuffix = ` (${lines[0]}${lines.length > 1 ? '...' : ''})`;
          } else {
            cmdLine = [cmdLine[0] + c.files.map((x) => `\n${x.data}${x.name}`).join('')];
          }
        }
        const args = c.prependShell ? [...(st.config.Shell.length ? st.config.Shell : DEFAULT_SHELL), cmdLine.join(' ')] : cmdLine;
        const renv = runEnv(st);
        const workdir = st.config.WorkingDir || '/';
        let prepared: PreparedMounts | null = null;
        let mountError: MountError | null = null;
        if (mounts.length > 0) {
          try {
            prepared = prepareMounts(d, mounts, {
              context: opts.context,
              secrets: opts.secrets ?? new Map(),
              workdir,
              freshCaches,
              notFound: (path) => {
                // bk:cache/contenthash/checksum.go errNotFound, as for a COPY source (20.10 said
                // `"/x" not found: not found`; v0.25.2's text is the checksum one).
                const inner = `failed to calculate checksum of ref ${uuid(d)}::${shortID(d)}: "${path}": not found`;
                return new MountError(`failed to compute cache key: ${inner}`, inner);
              },
              filesOf: (from, source) => mountSource(d, from, source, stageByName),
            });
          } catch (e) {
            if (!(e instanceof MountError)) throw e;
            mountError = e;
          }
        }
        // The mounts' env (secret env=, SSH_AUTH_SOCK) is the step's only, never the image's.
        const stepEnv = [...renv, ...(prepared?.env ?? [])];
        // ExecOp.Network is part of the step's cache key; the default (NetMode_UNSET) adds nothing.
        const network = runNetworkMode(c.network, opts.network);
        const op = { run: args, env: renv, user: st.config.User, workdir, mounts: prepared?.key ?? c.mounts, ...(network === 'default' ? {} : { network }) };
        await layerStep(c, op, `RUN ${runCommandString(args, st, env)} # buildkit`, async (v) => {
          if (mountError) {
            const failure = { message: mountError.message, startLine: 0, endLine: 0 };
            throw new StepError(mountError.vertexMessage === undefined ? failure : { ...failure, vertexMessage: mountError.vertexMessage });
          }
          for (const k of prepared?.key ?? []) {
            const m = k as { cache?: string; id?: string };
            if (m.cache !== undefined && m.id !== undefined) noteCacheMount(d, m.id, m.cache, args);
          }
          const r = await runInLayer(d, st.top, { argv: args, env: stepEnv, user: st.config.User, workdir, output: (t) => progress.log(v, t), mounts: prepared?.mounts ?? [], network });
          if (r.ok) return r.tar;
          // bk:solver/llbsolver/ops/exec.go: the error names the command as Go's %q of the joined args.
          const msg = r.message ?? `process ${JSON.stringify(args.join(' '))} did not complete successfully: exit code: ${r.status}`;
          throw new StepError({ message: msg, startLine: 0, endLine: 0 });
        });
        break;
      }
      case 'copy':
      case 'add': {
        const srcs = c.sourcesAndDest.sourcePaths.map(word);
        let source = opts.context;
        if (c.kind === 'copy' && c.from) {
          const from = stageByName(word(c.from));
          source = stageSource(d, from ? from.top : imageSourceLayer(d, opts, progress, c.from, c.startLine, c.endLine), srcs);
        }
        if (c.kind === 'add' && srcs.some(isGitSource)) {
          throw new StepError({ message: 'ADD from a git repository is not supported by this simulator (no network)', startLine: c.startLine, endLine: c.endLine });
        }
        const url = c.kind === 'add' ? srcs.find(isHTTPSource) : undefined;
        if (url !== undefined) {
          // The HTTP source fails computing its cache key (remote.ts); it carries no location.
          const v = progress.start(prefix(uppercaseCmd(processCmdEnv(lex, c.code, env))));
          const err = httpSourceError(d, url);
          progress.error(v, err);
          throw new StepError({ message: `failed to load cache key: ${err}`, startLine: 0, endLine: 0, vertex: v.name, logs: [] });
        }
        const destRaw = word(c.sourcesAndDest.destPath);
        const dest = joinPath(st.config.WorkingDir, destRaw);
        const inline = c.sourcesAndDest.sourceContents;
        // Several sources do not make the destination a directory (copy.ts): only a trailing slash.
        const destIsDir = destRaw.endsWith('/') || destRaw === '.' || destRaw.endsWith('/.');
        const chown = word(c.chown);
        const chmodText = word(c.chmod);
        const chmod = chmodText ? parseInt(chmodText, 8) : null;
        const sel: Selection[] = [];
        for (const s of srcs) {
          const found = selectSource(source, s);
          // Exclude patterns are used as written (CopyCommand.Expand leaves them unexpanded).
          const one = found && withoutExcluded(found, c.excludePatterns);
          if (one === null) {
            // bk:cache/contenthash/checksum.go errNotFound, wrapped by opsutils/contenthash.go and solver/edge.go.
            const refID = `${uuid(d)}::${shortID(d)}`;
            const inner = `failed to calculate checksum of ref ${refID}: "/${cleanRel(s)}": not found`;
            const v = progress.start(prefix(uppercaseCmd(processCmdEnv(lex, c.code, env))));
            progress.error(v, inner);
            throw new StepError({ message: `failed to compute cache key: ${inner}`, startLine: c.startLine, endLine: c.endLine, vertex: v.name, logs: [] });
          }
          sel.push(one);
        }
        // Heredoc sources: an inline file (mode 0644, root's) made in its own scratch state.
        for (const h of inline) {
          const path = cleanRel(h.path);
          const data = utf8(h.expand ? word(h.data) : h.data);
          const doc: BuildContext = { entries: new Map([[path, { path, kind: 'file', mode: 0o644, mtime: clock.now(), data }]]), size: data.length };
          sel.push(selectSource(doc, path)!);
        }
        const name = c.kind === 'copy' ? 'COPY' : 'ADD';
        const flags = `${chown ? ` --chown=${chown}` : ''}${chmodText ? ` --chmod=${chmodText}` : ''}`;
        const historyText = `${name}${flags}${srcs.map((x) => ` ${x}`).join('')}${inline.map((x) => ` <<${x.path}`).join('')} ${destRaw} # buildkit`;
        const unpack = c.kind === 'add';
        await layerStep(c, { copy: selectionChecksum(sel), dest, destIsDir, chown, chmod, ...(unpack ? { unpack } : {}) }, historyText, async () => {
          await clock.advance(20);
          // ADD unpacks local archives (add-archive.ts).
          const r = unpack ? addInLayer(d, st.top, sel, dest, destIsDir, chown, chmod) : copyInLayer(d, st.top, sel, dest, destIsDir, chown, chmod);
          if ('error' in r) throw new StepError({ message: r.error, startLine: 0, endLine: 0 });
          return r.tar;
        });
        break;
      }
      case 'workdir': {
        const wd = joinPath(st.config.WorkingDir, word(c.path));
        st.config.WorkingDir = wd;
        if (wd === '/') {
          meta(`WORKDIR ${wd}`);
          break;
        }
        const user = st.config.User;
        await layerStep(c, { mkdir: wd, user }, `WORKDIR ${wd}`, async () => {
          await clock.advance(10);
          const r = mkdirInLayer(d, st.top, wd, user);
          if ('error' in r) throw new StepError({ message: r.error, startLine: 0, endLine: 0 });
          return r.tar;
        });
        break;
      }
      case 'env': {
        const parts: string[] = [];
        for (const kv of c.env) {
          const value = word(kv.value);
          setEnv(st.config.Env, word(kv.key), value);
          parts.push(`${word(kv.key)}=${value}`);
        }
        meta(`ENV ${parts.join(' ')}`);
        break;
      }
      case 'label': {
        const parts: string[] = [];
        for (const kv of c.labels) {
          const k = word(kv.key);
          const value = word(kv.value);
          st.config.Labels.set(k, value);
          parts.push(`${k}=${value}`);
        }
        meta(`LABEL ${parts.join(' ')}`);
        break;
      }
      case 'arg': {
        const parts: string[] = [];
        for (const kv of c.args as KeyValuePairOptional[]) {
          const given = opts.buildArgs.get(kv.key);
          // dispatchArg (convert.go:1850): no value and no --build-arg → the global ARG's value.
          const value = given ?? (kv.value === null ? (st.globalArgs.get(kv.key) ?? null) : word(kv.value));
          st.args = st.args.filter((a) => a.key !== kv.key);
          st.args.push({ key: kv.key, value });
          parts.push(value === null ? kv.key : `${kv.key}=${value}`);
        }
        meta(`ARG ${parts.join(' ')}`);
        break;
      }
      case 'expose': {
        const ports = new Set(st.config.ExposedPorts);
        const added: string[] = [];
        for (const p of c.ports) {
          for (const w of lex.processWords(p, env)) {
            const port = w.includes('/') ? w.toLowerCase() : `${w}/tcp`;
            ports.add(port);
            added.push(port);
          }
        }
        st.config.ExposedPorts = [...ports];
        // convert_expose.go:44: `EXPOSE %v` of the ports in the parser's order (parse.go:695 sorts the words).
        meta(`EXPOSE [${added.join(' ')}]`);
        break;
      }
      case 'user': {
        st.config.User = word(c.user);
        meta(`USER ${st.config.User}`);
        break;
      }
      case 'volume': {
        const vols = c.volumes.map(word);
        for (const v of vols) if (!st.config.Volumes.includes(v)) st.config.Volumes.push(v);
        meta(`VOLUME [${vols.join(' ')}]`);
        break;
      }
      case 'cmd':
      case 'entrypoint': {
        const line = c.cmdLine ?? [];
        const args = c.prependShell ? [...(st.config.Shell.length ? st.config.Shell : DEFAULT_SHELL), line.join(' ')] : line;
        if (c.kind === 'cmd') {
          st.config.Cmd = args;
          st.config.ArgsEscaped = true;
          meta(`CMD ${goQuoteList(args)}`);
        } else {
          st.config.Entrypoint = args;
          if (!stage.commands.some((x) => x.kind === 'cmd' && x.startLine < c.startLine)) st.config.Cmd = null;
          meta(`ENTRYPOINT ${goQuoteList(args)}`);
        }
        break;
      }
      case 'shell': {
        st.config.Shell = [...c.shell];
        meta(`SHELL [${c.shell.join(' ')}]`);
        break;
      }
      case 'stopsignal': {
        st.config.StopSignal = word(c.signal);
        meta(`STOPSIGNAL ${st.config.StopSignal}`);
        break;
      }
      case 'maintainer': {
        meta(`MAINTAINER ${c.maintainer}`);
        break;
      }
      case 'onbuild': {
        // dispatchOnbuild adds no history entry.
        st.config.OnBuild.push(c.expression);
        break;
      }
      case 'healthcheck': {
        st.config.Healthcheck = c.health;
        meta(healthcheckHistory(c.health));
        break;
      }
    }
  }
}

/** The images a build's --from / from= name (resolved in buildAll). */
const implicitImages = new WeakMap<BuildOptions, ImplicitImages>();

/**
 * The top layer of the image a COPY --from names; one first met in an ONBUILD trigger is resolved
 * here (BuildKit re-resolves after adding trigger dependencies, convert.go:611-645).
 */
function imageSourceLayer(d: Daemon, opts: BuildOptions, progress: PlainProgress, name: string, startLine: number, endLine: number): Layer | null {
  let implicit = implicitImages.get(opts);
  if (!implicit) {
    implicit = new ImplicitImages();
    implicitImages.set(opts, implicit);
  }
  let img = implicit.get(name);
  if (!img?.base) {
    implicit.add(name, startLine, endLine);
    const f = implicit.resolve(d, progress, new Map());
    if (f) throw new StepError({ message: f.message, vertexMessage: f.vertexMessage, ...(f.vertex ? { vertex: f.vertex, logs: [] } : {}), startLine: f.startLine, endLine: f.endLine });
    img = implicit.get(name);
  }
  return img?.base?.layer ?? null;
}

const freshSets = new WeakMap<BuildOptions, Set<string>>();
/** The cache-mount ids a --no-cache build has started afresh (one set per build). */
function freshCacheIds(opts: BuildOptions): Set<string> {
  let s = freshSets.get(opts);
  if (!s) {
    s = new Set();
    freshSets.set(opts, s);
  }
  return s;
}

/** from= of a bind mount: an earlier stage, else an image (resolved like FROM). */
function mountSource(d: Daemon, from: string, source: string, stageByName: (name: string) => StageState | null): BuildContext | null {
  const st = stageByName(from);
  if (st) return stageSource(d, st.top, [source || '.']);
  try {
    const img = resolveBaseImage(d, tagNameOnly(parseNormalizedNamed(from)));
    return stageSource(d, img.layer, [source || '.']);
  } catch {
    return null;
  }
}

function exportImage(d: Daemon, opts: BuildOptions, progress: PlainProgress, st: StageState): string {
  const clock = d.host.clock;
  const v = progress.start('exporting to image');
  const t0 = clock.now();
  progress.status(v, 'exporting layers', t0);
  fillCreated(st.history);
  const raw = configBytes({ architecture: st.architecture, os: st.os, config: st.config, history: st.history, diffIDs: st.diffIDs });
  const bytes = utf8(raw);
  const id = digestOf(bytes);
  progress.status(v, `writing image ${id}`, clock.now());
  if (!d.images.tryGet(id)) {
    const img = d.images.create(raw, st.top ? d.layers.retain(st.top) : null);
    d.layout.addImage(img.id, img.raw);
  }
  for (const t of opts.tags) {
    progress.status(v, `naming to ${fullString(t)}`, clock.now());
    tagImage(d, id, t);
  }
  progress.done(v);
  return id;
}

function uppercaseCmd(s: string): string {
  const i = s.indexOf(' ');
  return i < 0 ? s.toUpperCase() : s.slice(0, i).toUpperCase() + s.slice(i);
}

function processCmdEnv(lex: Lex, cmd: string, env: EnvGetter): string {
  try {
    return lex.processWord(cmd, env);
  } catch {
    return cmd;
  }
}

function cleanRel(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** A session-like UUID from the seeded source (the ref's shared key in the error text). */
function uuid(d: Daemon): string {
  const h = d.host.random.hex(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** BuildKit's identity.NewID(): 25 base-36 characters. */
function shortID(d: Daemon): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const h = d.host.random.hex(25);
  let s = '';
  for (let i = 0; i < 25; i++) s += alphabet[parseInt(h.slice(i * 2, i * 2 + 2), 16) % 36];
  return s;
}
