/**
 * A pflag-compatible flag parser (github.com/spf13/pflag v1.0.6, as vendored by docker/cli 28).
 *
 * Lifecycle: build a FlagSet from FlagSpecs (or share live Flag objects between sets, as cobra
 * shares a parent's persistent flags), call `parse(args)` once, then read `get(name)`,
 * `changed(name)`, `args` and `warnings`. Errors are thrown as FlagError with pflag's exact text;
 * the command runner adds the usage block and exit status 125.
 *
 * Example:
 *   const fs = new FlagSet([{ name: 'timeout', shorthand: 't', type: 'int', usage: '...' }]);
 *   fs.parse(['-t', 'x', 'c']);
 *   // throws FlagError('invalid argument "x" for "-t, --timeout" flag: strconv.ParseInt: parsing "x": invalid syntax')
 *
 * Supported forms: `--name=x`, `--name x`, `-n x`, `-nx`, `-n=x`, combined booleans `-dit`, a
 * bool with `=false`, `--` ending the flags, `-` as a positional argument, and interspersed or not
 * (`docker run IMAGE CMD -x`: with `interspersed: false` the first positional stops parsing).
 * Texts recorded from docker CLI 28.2.2 (`docker run --foo`, `docker run -x`, `docker ps -n`,
 * `docker stop -t x c`, `docker run --name`, `docker ---foo`, `docker run -dt= img`).
 */
import { goQuote, goQuoteRune } from './go/quote.ts';
import type { FlagSpec, FlagValue } from './flags/types.ts';
import { initialValue, setValue, zeroDefValue } from './flags/values.ts';
import type { Validator, ValidatorContext } from './flags/validators.ts';
import { BUILTIN_VALIDATORS } from './flags/validators.ts';

export type { FlagSpec, FlagValue, FlagTypeName, FeatureAnnotations } from './flags/types.ts';

/** A parse error; `message` is pflag's text (`unknown flag: --foo`, ...). */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

/** pflag's ErrHelp: `-h`/`--help` given while no such flag is defined. */
export class HelpRequested extends Error {
  constructor() {
    super('pflag: help requested');
    this.name = 'HelpRequested';
  }
}

/** A live flag: its spec, current value and whether the command line set it. */
export class Flag {
  readonly spec: FlagSpec;
  readonly defValue: string;
  readonly noOptDefVal: string;
  value: FlagValue;
  changed = false;
  /** Mutable like pflag's Flag.Hidden: feature gating hides flags at help time. */
  hidden: boolean;

  constructor(spec: FlagSpec) {
    this.spec = spec;
    this.defValue = spec.defValue ?? zeroDefValue(spec.type);
    this.noOptDefVal = spec.noOptDefVal ?? (spec.type === 'bool' ? 'true' : '');
    this.value = initialValue(spec.type, this.defValue);
    // pflag MarkDeprecated also hides the flag.
    this.hidden = spec.hidden === true || spec.deprecated !== undefined;
  }

  get name(): string {
    return this.spec.name;
  }

  /** `-t, --timeout` or `--time`, as pflag names a flag in `invalid argument` errors. */
  displayName(): string {
    const s = this.spec;
    return s.shorthand && !s.shorthandDeprecated ? `-${s.shorthand}, --${s.name}` : `--${s.name}`;
  }

  /** Put the value back to its default (a FlagSet is normally parsed once; tests reuse them). */
  reset(): void {
    this.value = initialValue(this.spec.type, this.defValue);
    this.changed = false;
  }
}

export interface FlagSetOptions {
  /** false = stop at the first positional argument (pflag SetInterspersed(false)). */
  interspersed?: boolean;
  /** Validators by name, merged over the built-in ones. */
  validators?: Readonly<Record<string, Validator>>;
  validatorContext?: ValidatorContext;
}

const NO_ENV: ValidatorContext = { getenv: () => undefined };

export class FlagSet {
  private readonly formal = new Map<string, Flag>();
  private readonly shorthands = new Map<string, Flag>();
  private readonly order: Flag[] = [];
  private readonly validators: Readonly<Record<string, Validator>>;
  private readonly validatorContext: ValidatorContext;
  interspersed: boolean;
  /** Positional arguments after parse. */
  args: string[] = [];
  /** Number of positionals seen before `--`, or -1 (cobra ArgsLenAtDash). */
  argsLenAtDash = -1;
  /** Deprecation notices pflag writes to its output (`Flag --time has been deprecated, ...`). */
  warnings: string[] = [];

  constructor(specs: readonly FlagSpec[] = [], opts: FlagSetOptions = {}) {
    this.interspersed = opts.interspersed ?? true;
    this.validators = { ...BUILTIN_VALIDATORS, ...opts.validators };
    this.validatorContext = opts.validatorContext ?? NO_ENV;
    for (const s of specs) this.addFlag(new Flag(s));
  }

  /** Add a live flag (shared with other sets, as cobra merges persistent flags). */
  addFlag(flag: Flag): void {
    if (this.formal.has(flag.name)) return;
    this.formal.set(flag.name, flag);
    this.order.push(flag);
    const sh = flag.spec.shorthand;
    // cobra skips a parent's shorthand already taken by a local flag (`docker run -h` = hostname).
    if (sh && !this.shorthands.has(sh)) this.shorthands.set(sh, flag);
  }

  lookup(name: string): Flag | undefined {
    return this.formal.get(name);
  }

  shorthandLookup(c: string): Flag | undefined {
    return this.shorthands.get(c);
  }

  /** All flags sorted by name, as pflag's VisitAll. */
  all(): Flag[] {
    return [...this.order].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get(name: string): FlagValue {
    const f = this.formal.get(name);
    if (!f) throw new Error(`flag accessed but not defined: ${name}`);
    return f.value;
  }

  changed(name: string): boolean {
    return this.formal.get(name)?.changed ?? false;
  }

  /** pflag FlagSet.Set: assign a value, wrapping a value error in pflag's `invalid argument`. */
  set(flag: Flag, value: string): void {
    const validatorName = flag.spec.validator;
    const validator = validatorName ? this.validators[validatorName] : undefined;
    try {
      flag.value = setValue(flag.spec.type, flag.value, value, {
        changed: flag.changed,
        validatorName,
        validate: validator ? (raw) => validator(raw, this.validatorContext) : undefined,
      });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new FlagError(`invalid argument ${goQuote(value)} for ${goQuote(flag.displayName())} flag: ${msg}`);
    }
    flag.changed = true;
    if (flag.spec.deprecated !== undefined) {
      this.warnings.push(`Flag --${flag.name} has been deprecated, ${flag.spec.deprecated}\n`);
    }
  }

  parse(argv: readonly string[]): void {
    let args = [...argv];
    while (args.length > 0) {
      const s = args.shift() as string;
      if (s.length === 0 || s[0] !== '-' || s.length === 1) {
        if (!this.interspersed) {
          this.args.push(s, ...args);
          return;
        }
        this.args.push(s);
        continue;
      }
      if (s[1] === '-') {
        if (s.length === 2) {
          this.argsLenAtDash = this.args.length;
          this.args.push(...args);
          return;
        }
        args = this.parseLongArg(s, args);
      } else {
        args = this.parseShortArg(s, args);
      }
    }
  }

  private parseLongArg(s: string, args: string[]): string[] {
    const body = s.slice(2);
    if (body.length === 0 || body[0] === '-' || body[0] === '=') {
      throw new FlagError(`bad flag syntax: ${s}`);
    }
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const flag = this.formal.get(name);
    if (!flag) {
      if (name === 'help') throw new HelpRequested();
      throw new FlagError(`unknown flag: --${name}`);
    }
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (flag.noOptDefVal !== '') value = flag.noOptDefVal;
    else if (args.length > 0) value = args.shift() as string;
    else throw new FlagError(`flag needs an argument: ${s}`);
    this.set(flag, value);
    return args;
  }

  private parseShortArg(s: string, args: string[]): string[] {
    let shorthands = s.slice(1);
    let rest = args;
    // "-abc" is a series of shorthand letters; the one that takes a value ends the series.
    while (shorthands.length > 0) {
      const c = String.fromCodePoint(shorthands.codePointAt(0) as number);
      const flag = this.shorthands.get(c);
      if (!flag) {
        if (c === 'h') throw new HelpRequested();
        throw new FlagError(`unknown shorthand flag: ${goQuoteRune(c)} in -${shorthands}`);
      }
      let value: string;
      let next = shorthands.slice(c.length);
      if (shorthands.length > c.length + 1 && next[0] === '=') {
        value = next.slice(1); // -f=arg
        next = '';
      } else if (flag.noOptDefVal !== '') {
        value = flag.noOptDefVal; // -f (arg optional)
      } else if (next.length > 0) {
        value = next; // -farg
        next = '';
      } else if (rest.length > 0) {
        value = rest[0]; // -f arg
        rest = rest.slice(1);
      } else {
        throw new FlagError(`flag needs an argument: ${goQuoteRune(c)} in -${shorthands}`);
      }
      if (flag.spec.shorthandDeprecated !== undefined) {
        this.warnings.push(`Flag shorthand -${c} has been deprecated, ${flag.spec.shorthandDeprecated}\n`);
      }
      this.set(flag, value);
      shorthands = next;
    }
    return rest;
  }
}
