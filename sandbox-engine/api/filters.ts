/**
 * Filter arguments as the Engine API carries them (moby v28.5.2 api/types/filters/parse.go and
 * errors.go): a key maps to a set of values. The CLI builds them from `--filter name=value`
 * (the flag parser already lower-cases and trims the name); the daemon validates the keys and
 * reads the values. Errors are InvalidParameter with the API's text: `invalid filter 'bogus'`,
 * `invalid filter 'dangling=[maybe]'`.
 *
 *   const f = FilterArgs.fromList(['dangling=true', 'label=a=b']);
 *   f.validate(new Set(['dangling', 'label']));
 *   f.getBoolOrDefault('dangling', false)   // true
 *   f.matchKVList('label', { a: 'b' })      // true
 */
import { invalidParameter, type DaemonError } from '../errdefs/errors.ts';

/** invalidFilter.Error(): the values print as Go's %s of a []string (`[a b]`). */
export function invalidFilter(name = '', values?: readonly string[]): DaemonError {
  let msg = 'invalid filter';
  if (name !== '') {
    msg += ` '${name}`;
    if (values !== undefined) msg += `=[${values.join(' ')}]`;
    msg += "'";
  }
  return invalidParameter(msg);
}

export class FilterArgs {
  private readonly fields = new Map<string, Set<string>>();

  /** From `name=value` strings (the CLI's FilterOpt values). */
  static fromList(list: readonly string[]): FilterArgs {
    const f = new FilterArgs();
    for (const item of list) {
      const i = item.indexOf('=');
      f.add(i < 0 ? item : item.slice(0, i), i < 0 ? '' : item.slice(i + 1));
    }
    return f;
  }

  add(key: string, value: string): void {
    let set = this.fields.get(key);
    if (!set) {
      set = new Set();
      this.fields.set(key, set);
    }
    set.add(value);
  }

  keys(): string[] {
    return [...this.fields.keys()];
  }

  get size(): number {
    return this.fields.size;
  }

  /** Values in the order they were given (Go's map order is random; this is one of its orders). */
  get(key: string): string[] {
    return [...(this.fields.get(key) ?? [])];
  }

  contains(key: string): boolean {
    return this.fields.has(key);
  }

  /** The first key not in `accepted` fails (Go's map order decides which when several do). */
  validate(accepted: ReadonlySet<string>): void {
    for (const k of this.fields.keys()) if (!accepted.has(k)) throw invalidFilter(k);
  }

  getBoolOrDefault(key: string, def: boolean): boolean {
    const values = this.fields.get(key);
    if (!values) return def;
    if (values.size === 0) throw invalidFilter(key);
    const isFalse = values.has('0') || values.has('false');
    const isTrue = values.has('1') || values.has('true');
    if (isFalse === isTrue) throw invalidFilter(key, this.get(key));
    return isTrue;
  }

  /** Every `k` or `k=v` value must be among the labels. */
  matchKVList(key: string, sources: Readonly<Record<string, string>> | null | undefined): boolean {
    const values = this.fields.get(key);
    if (!values || values.size === 0) return true;
    if (!sources || Object.keys(sources).length === 0) return false;
    for (const value of values) {
      const i = value.indexOf('=');
      const k = i < 0 ? value : value.slice(0, i);
      if (!Object.prototype.hasOwnProperty.call(sources, k)) return false;
      if (i >= 0 && value.slice(i + 1) !== sources[k]) return false;
    }
    return true;
  }

  /** True when no value is set for `key`, or `source` is one of them. */
  exactMatch(key: string, source: string): boolean {
    const values = this.fields.get(key);
    if (!values || values.size === 0) return true;
    return values.has(source);
  }
}
