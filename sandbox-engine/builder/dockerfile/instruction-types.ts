/**
 * Typed Dockerfile instructions, shaped like BuildKit's instructions/commands.go. Each carries
 * its source line range and the original text (`code`), which `docker history` and the build
 * progress print.
 */
import type { Heredoc } from './ast.ts';
import type { Device } from './run-mount.ts';

interface Common {
  /** The instruction word as written (`RUN`, `run`, `Run`). */
  readonly name: string;
  /** The instruction text, trimmed (after continuation joining). */
  readonly code: string;
  readonly startLine: number;
  readonly endLine: number;
}

export interface KeyValuePair {
  key: string;
  value: string;
  /** Legacy `ENV key value` form (no `=`). */
  noDelim: boolean;
}

export interface KeyValuePairOptional {
  key: string;
  /** null: `ARG name` without a default. */
  value: string | null;
  comment: string;
}

/** An inline file: a heredoc used as a COPY/ADD source. */
export interface SourceContent {
  path: string;
  data: string;
  expand: boolean;
}

export interface SourcesAndDest {
  destPath: string;
  sourcePaths: string[];
  sourceContents: SourceContent[];
}

/** A heredoc attached to RUN/CMD/ENTRYPOINT (BuildKit's ShellInlineFile). */
export interface ShellInlineFile {
  name: string;
  data: string;
  chomp: boolean;
}

export interface ShellDependantCmdLine {
  /** Exec form: the JSON items; shell form: one string (the words joined by spaces). */
  cmdLine: string[] | null;
  files: ShellInlineFile[];
  /** False for the exec (JSON) form. */
  prependShell: boolean;
}

export interface HealthConfig {
  /** `["NONE"]`, `["CMD", …]` (exec) or `["CMD-SHELL", cmd]`. */
  test: string[];
  /** Durations in nanoseconds (0 = default). */
  interval: bigint;
  timeout: bigint;
  startPeriod: bigint;
  startInterval: bigint;
  retries: number;
}

export type Command =
  | (Common & { kind: 'env'; env: KeyValuePair[] })
  | (Common & { kind: 'maintainer'; maintainer: string })
  | (Common & { kind: 'label'; labels: KeyValuePair[] })
  | (Common & {
      kind: 'add';
      sourcesAndDest: SourcesAndDest;
      chown: string;
      chmod: string;
      link: boolean;
      /** null when the flag was not given. */
      keepGitDir: boolean | null;
      checksum: string;
      excludePatterns: string[];
      unpack: boolean | null;
    })
  | (Common & {
      kind: 'copy';
      sourcesAndDest: SourcesAndDest;
      from: string;
      chown: string;
      chmod: string;
      link: boolean;
      parents: boolean;
      excludePatterns: string[];
    })
  | (Common & { kind: 'onbuild'; expression: string })
  | (Common & { kind: 'workdir'; path: string })
  | (Common & ShellDependantCmdLine & {
      kind: 'run';
      /** Raw `--mount` values; run-mount.ts parseMount(value, expander) gives Mounts. */
      mounts: string[];
      network: 'default' | 'none' | 'host';
      /** `sandbox` unless labs `--security=insecure`. */
      security: 'sandbox' | 'insecure';
      devices: Device[];
      flagsUsed: string[];
    })
  | (Common & ShellDependantCmdLine & { kind: 'cmd' })
  | (Common & ShellDependantCmdLine & { kind: 'entrypoint' })
  | (Common & { kind: 'healthcheck'; health: HealthConfig })
  | (Common & { kind: 'expose'; ports: string[] })
  | (Common & { kind: 'user'; user: string })
  | (Common & { kind: 'volume'; volumes: string[] })
  | (Common & { kind: 'stopsignal'; signal: string })
  | (Common & { kind: 'arg'; args: KeyValuePairOptional[] })
  | (Common & { kind: 'shell'; shell: string[] });

export type CommandKind = Command['kind'];

/** A build stage: a FROM and the commands after it. */
export interface Stage {
  kind: 'from';
  /** The stage name from `AS name`, lowercased ('' when none). */
  name: string;
  /** `FROM` as written. */
  origCmd: string;
  /** The image (or stage) reference, unexpanded. */
  baseName: string;
  platform: string;
  code: string;
  comment: string;
  startLine: number;
  endLine: number;
  commands: Command[];
}

export type Instruction = Stage | Command;

export type { Heredoc };
