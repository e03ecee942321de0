/**
 * Per-value validators of docker/cli's opts package, named as in the Go source so a spec can say
 * `validator: 'ValidateLabel'`. A validator returns the (possibly normalised) value or throws an
 * Error with the Go text. Texts are from docker/cli v28.2.2 `opts/opts.go`, `opts/env.go`,
 * `cli/command/container/opts.go`.
 *
 * Validators not implemented here (ValidateIPAddress, ValidateExtraHost, ValidateDNSSearch,
 * ValidateLink, mount/ulimit/gpu parsing, ...) accept every value unless the engine side registers
 * its own implementation under the same name (CommandRunner option `validators`).
 */

export interface ValidatorContext {
  /** The docker client's environment (`-e NAME` copies NAME from it). */
  getenv(name: string): string | undefined;
}

export type Validator = (value: string, ctx: ValidatorContext) => string;

const WHITESPACES = ' \t';

/** opts.ValidateEnv: `-e NAME` takes NAME's value from the client's environment if it is set. */
function validateEnv(val: string, ctx: ValidatorContext): string {
  const i = val.indexOf('=');
  const k = i < 0 ? val : val.slice(0, i);
  if (k === '') throw new Error('invalid environment variable: ' + val);
  if (i >= 0) return val;
  const v = ctx.getenv(k);
  return v === undefined ? val : k + '=' + v;
}

/** opts.ValidateLabel. */
function validateLabel(value: string): string {
  const i = value.indexOf('=');
  let key = i < 0 ? value : value.slice(0, i);
  let start = 0;
  while (start < key.length && WHITESPACES.includes(key[start])) start++;
  key = key.slice(start);
  if (key === '') throw new Error(`invalid label '${value}': empty name`);
  if ([...WHITESPACES].some((c) => key.includes(c))) throw new Error(`label '${key}' contains whitespaces`);
  return value;
}

/** container.validateAttach: normalises to lower case. */
function validateAttach(val: string): string {
  const s = val.toLowerCase();
  if (s === 'stdin' || s === 'stdout' || s === 'stderr') return s;
  throw new Error('valid streams are STDIN, STDOUT and STDERR');
}

const VALID_SYSCTLS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

/** opts.ValidateSysctl. */
function validateSysctl(val: string): string {
  const i = val.indexOf('=');
  const k = i < 0 ? '' : val.slice(0, i);
  if (i < 0 || k === '') throw new Error(`sysctl '${val}' is not allowed`);
  if (VALID_SYSCTLS.has(k)) return val;
  if (k.startsWith('net.') || k.startsWith('fs.mqueue.')) return val;
  throw new Error(`sysctl '${val}' is not allowed`);
}

export const BUILTIN_VALIDATORS: Readonly<Record<string, Validator>> = {
  ValidateEnv: validateEnv,
  ValidateLabel: validateLabel,
  validateAttach: validateAttach,
  ValidateSysctl: validateSysctl,
};
