/**
 * Shell variables with bash's dynamic scoping: a global table plus one frame per running function
 * that used `local`. Attributes: exported, read-only.
 */

export interface Var {
  /** Undefined: declared (`local x`, `export x`) but unset. For an array: element 0. */
  value: string | undefined;
  exported: boolean;
  readonly: boolean;
  /** bash indexed array: index -> element (sparse). `value` mirrors element 0. */
  array?: Map<number, string>;
}

/** Elements of an array in index order. */
export function arrayValues(a: Map<number, string>): string[] {
  return [...a.keys()].sort((x, y) => x - y).map((k) => a.get(k)!);
}

export function arrayKeys(a: Map<number, string>): number[] {
  return [...a.keys()].sort((x, y) => x - y);
}

export class ReadonlyError extends Error {
  readonly varName: string;
  constructor(name: string) {
    super(`${name}: readonly variable`);
    this.name = 'ReadonlyError';
    this.varName = name;
  }
}

export class Vars {
  readonly global: Map<string, Var>;
  /** Innermost last. */
  readonly frames: Map<string, Var>[];
  /** `set -a`: every assignment exports. */
  allexport = false;

  constructor(global = new Map<string, Var>(), frames: Map<string, Var>[] = []) {
    this.global = global;
    this.frames = frames;
  }

  clone(): Vars {
    const copy = (m: Map<string, Var>) => {
      const n = new Map<string, Var>();
      for (const [k, v] of m) n.set(k, v.array ? { ...v, array: new Map(v.array) } : { ...v });
      return n;
    };
    const v = new Vars(copy(this.global), this.frames.map(copy));
    v.allexport = this.allexport;
    return v;
  }

  lookup(name: string): Var | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const v = this.frames[i].get(name);
      if (v !== undefined) return v;
    }
    return this.global.get(name);
  }

  get(name: string): string | undefined {
    return this.lookup(name)?.value;
  }

  /** Assign in the scope that holds the variable (else globally). Throws ReadonlyError. */
  set(name: string, value: string, opts: { export?: boolean } = {}): void {
    const v = this.lookup(name);
    if (v !== undefined) {
      if (v.readonly) throw new ReadonlyError(name);
      v.value = value;
      v.array?.set(0, value);
      if (opts.export || this.allexport) v.exported = true;
      return;
    }
    this.global.set(name, { value, exported: !!opts.export || this.allexport, readonly: false });
  }

  /** The elements of `name` as an array: a scalar is element 0; undefined when unset. */
  getArray(name: string): Map<number, string> | undefined {
    const v = this.lookup(name);
    if (v === undefined) return undefined;
    if (v.array) return v.array;
    return v.value === undefined ? undefined : new Map([[0, v.value]]);
  }

  /** `a=(x y)` (or `a+=(x y)`): replace or extend the elements. */
  setArray(name: string, values: readonly string[], append = false): void {
    let v = this.lookup(name);
    if (v?.readonly) throw new ReadonlyError(name);
    if (v === undefined) {
      v = { value: undefined, exported: this.allexport, readonly: false };
      this.global.set(name, v);
    }
    const arr = append ? (v.array ?? (v.value !== undefined ? new Map([[0, v.value]]) : new Map<number, string>())) : new Map<number, string>();
    let next = arr.size === 0 ? 0 : Math.max(...arr.keys()) + 1;
    for (const x of values) arr.set(next++, x);
    v.array = arr;
    v.value = arr.get(0);
  }

  /** `a[i]=x`. A negative index counts from the end (bash 4.3+). */
  setElement(name: string, index: number, value: string): void {
    let v = this.lookup(name);
    if (v?.readonly) throw new ReadonlyError(name);
    if (v === undefined) {
      v = { value: undefined, exported: this.allexport, readonly: false };
      this.global.set(name, v);
    }
    if (!v.array) v.array = v.value !== undefined ? new Map([[0, v.value]]) : new Map();
    if (index < 0) index += v.array.size === 0 ? 0 : Math.max(...v.array.keys()) + 1;
    v.array.set(index, value);
    v.value = v.array.get(0);
  }

  /** `unset a[i]`. */
  unsetElement(name: string, index: number): void {
    const v = this.lookup(name);
    if (!v) return;
    if (v.readonly) throw new ReadonlyError(name);
    if (!v.array) {
      if (index === 0 || index === -1) v.value = undefined;
      return;
    }
    if (index < 0) index += v.array.size === 0 ? 0 : Math.max(...v.array.keys()) + 1;
    v.array.delete(index);
    v.value = v.array.get(0);
  }

  /** `local name[=value]` in the innermost function frame. */
  declareLocal(name: string, value: string | undefined): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return;
    const existing = frame.get(name);
    if (existing) {
      if (existing.readonly) throw new ReadonlyError(name);
      if (value !== undefined) existing.value = value;
      return;
    }
    const outer = this.lookup(name);
    if (outer?.readonly) throw new ReadonlyError(name);
    // bash: a new local starts unset (unless given a value) and keeps the export flag of the outer one.
    frame.set(name, { value, exported: outer?.exported ?? false, readonly: false });
  }

  /** Remove a variable (the innermost binding). Throws ReadonlyError. */
  unset(name: string): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const v = this.frames[i].get(name);
      if (v !== undefined) {
        if (v.readonly) throw new ReadonlyError(name);
        this.frames[i].delete(name);
        return;
      }
    }
    const g = this.global.get(name);
    if (g?.readonly) throw new ReadonlyError(name);
    this.global.delete(name);
  }

  setAttr(name: string, attr: 'exported' | 'readonly', on = true): void {
    let v = this.lookup(name);
    if (v === undefined) {
      v = { value: undefined, exported: false, readonly: false };
      this.global.set(name, v);
    }
    v[attr] = on;
  }

  pushFrame(): void {
    this.frames.push(new Map());
  }

  popFrame(): void {
    this.frames.pop();
  }

  /** All visible variables (innermost binding wins), sorted by name. */
  visible(): [string, Var][] {
    const m = new Map<string, Var>(this.global);
    for (const f of this.frames) for (const [k, v] of f) m.set(k, v);
    return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The environment passed to programs: exported variables that have a value. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    // Arrays are not exported (bash passes nothing for them).
    for (const [k, v] of this.visible()) if (v.exported && v.value !== undefined && !v.array) env[k] = v.value;
    return env;
  }
}
