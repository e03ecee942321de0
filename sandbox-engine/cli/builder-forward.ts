/**
 * How docker CLI 28 hands builds to the buildx plugin (docker/cli v28.5.2 cmd/docker/builder.go
 * processBuilder, called from aliases.go processAliases for every command line, after the global
 * flags and the log level are handled):
 *
 * - DOCKER_BUILDKIT is read first (strconv.ParseBool): a bad value fails every command; `0`/false
 *   keeps the legacy builder and prints the deprecation notice (a Linux daemon) when the command
 *   would have been forwarded;
 * - otherwise `bake`, `builder …`, `build` and `image build` at the start of the arguments become
 *   `buildx bake`, `buildx …`, `buildx build` (forwardBuilder; only at index 0, so
 *   `docker image --debug build` stays docker's own command);
 * - the plugin then runs with BUILDX_BUILDER=<current context> added to its environment, unless a
 *   --builder flag or a non-empty BUILDX_BUILDER already names one (hasBuilderName): that is why
 *   `docker build --help` shows `--builder string … (default "default")` and `docker buildx build
 *   --help` does not (buildx commands/root.go rootFlags: the default is os.Getenv("BUILDX_BUILDER")).
 * The plugin names its commands `docker buildx …` whatever the user typed: the command-path
 * annotation set here only feeds telemetry.
 */
import { goQuote } from './go/quote.ts';

/** builder.go buildkitDisabledWarning, printed with "\n\n" after it. */
export const BUILDKIT_DISABLED_WARNING =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
  '            environment-variable.';

export type ForwardResult =
  | { kind: 'error'; message: string }
  | { kind: 'legacy'; args: string[]; stderr: string }
  | { kind: 'forwarded'; args: string[]; env: Record<string, string> };

/** Go strconv.ParseBool. */
function parseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** forwardBuilder's table: the words replaced at index 0 of the arguments. */
const FORWARDS: readonly [readonly string[], readonly string[]][] = [
  [['bake'], ['buildx', 'bake']],
  [['builder'], ['buildx']],
  [['build'], ['buildx', 'build']],
  [['image', 'build'], ['buildx', 'build']],
];

function forwardBuilder(args: readonly string[]): string[] | undefined {
  for (const [from, to] of FORWARDS) {
    if (from.every((w, i) => args[i] === w)) return [...to, ...args.slice(from.length)];
  }
  return undefined;
}

/**
 * hasBuilderName: a pflag set knowing only --builder parses the original arguments and stops at
 * its first error (any other flag is unknown to it), so only a --builder before other flags counts.
 */
function hasBuilderName(args: readonly string[], env: Readonly<Record<string, string>>): boolean {
  let builder = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') continue;
    if (a.startsWith('--builder=')) {
      builder = a.slice('--builder='.length);
      continue;
    }
    if (a === '--builder' && i + 1 < args.length) {
      builder = args[++i];
      continue;
    }
    break;
  }
  return builder !== '' || (env.BUILDX_BUILDER ?? '') !== '';
}

/**
 * dockerCli.CurrentContext (cli/command/cli.go resolveContextName): --context, else `default`
 * when a host is given (-H or DOCKER_HOST), else DOCKER_CONTEXT, else `default` (the config
 * file's currentContext is not modelled).
 */
function currentContext(env: Readonly<Record<string, string>>, globals: { context: string; hosts: readonly string[] }): string {
  if (globals.context !== '') return globals.context;
  if (globals.hosts.length > 0 || (env.DOCKER_HOST ?? '') !== '') return 'default';
  if ((env.DOCKER_CONTEXT ?? '') !== '') return env.DOCKER_CONTEXT;
  return 'default';
}

/** processBuilder for the arguments left after the global flags. */
export function processBuilder(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  globals: { context: string; hosts: readonly string[] },
): ForwardResult {
  let disabled = false;
  const v = env.DOCKER_BUILDKIT ?? '';
  if (v !== '') {
    const enabled = parseBool(v);
    if (enabled === undefined) {
      return {
        kind: 'error',
        message: `DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`,
      };
    }
    disabled = !enabled;
  }
  // `docker bake` always needs BuildKit.
  if (disabled && args[0] === 'bake') disabled = false;
  const forwarded = forwardBuilder(args);
  if (!forwarded) return { kind: 'legacy', args: [...args], stderr: '' };
  if (disabled) return { kind: 'legacy', args: [...args], stderr: BUILDKIT_DISABLED_WARNING + '\n\n' };
  const extra: Record<string, string> = {};
  if (!hasBuilderName(args, env)) extra.BUILDX_BUILDER = currentContext(env, globals);
  return { kind: 'forwarded', args: forwarded, env: { ...env, ...extra } };
}
