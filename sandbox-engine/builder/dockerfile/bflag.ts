/**
 * Instruction flags, after BuildKit's instructions/bflag.go: each instruction declares the flags
 * it accepts, then parse() checks the `--name[=value]` words the parser extracted.
 */
import { DockerfileSyntaxError } from './errors.ts';
import { withSuggestion } from './suggest.ts';

type FlagType = 'bool' | 'string' | 'strings';

export interface Flag {
  readonly name: string;
  readonly type: FlagType;
  /** For bool flags `"true"`/`"false"`; for string flags the value (or default). */
  value: string;
  /** Every value of a repeatable (strings) flag. */
  values: string[];
}

export class BFlags {
  readonly args: readonly string[];
  private readonly flags = new Map<string, Flag>();
  readonly used = new Map<string, Flag>();

  constructor(args: readonly string[]) {
    this.args = args;
  }

  private add(name: string, type: FlagType, value: string): Flag {
    const flag: Flag = { name, type, value, values: [] };
    this.flags.set(name, flag);
    return flag;
  }

  addBool(name: string, def = false): Flag {
    return this.add(name, 'bool', def ? 'true' : 'false');
  }

  addString(name: string, def = ''): Flag {
    return this.add(name, 'string', def);
  }

  addStrings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  isUsed(name: string): boolean {
    return this.used.has(name);
  }

  /** Check the given flags against the declared ones. Throws DockerfileSyntaxError('flag'). */
  parse(): void {
    for (const a of this.args) {
      if (a === '--') return; // POSIX: `--` ends the options
      if (!a.startsWith('--')) throw new DockerfileSyntaxError('flag', `arg should start with -- : ${a}`);
      const eq = a.indexOf('=');
      const flagName = eq < 0 ? a : a.slice(0, eq);
      const value = eq < 0 ? '' : a.slice(eq + 1);
      const hasValue = eq >= 0;
      const name = flagName.slice(2);
      const flag = this.flags.get(name);
      if (flag === undefined) {
        const names = [...this.flags.keys()].sort();
        throw new DockerfileSyntaxError('flag', withSuggestion(`unknown flag: ${flagName}`, name, names, true));
      }
      if (this.used.has(name) && flag.type !== 'strings') {
        throw new DockerfileSyntaxError('flag', `duplicate flag specified: ${flagName}`);
      }
      this.used.set(name, flag);
      if (flag.type === 'bool') {
        if (hasValue && value === '') throw new DockerfileSyntaxError('flag', `missing a value on flag: ${flagName}`);
        const v = value.toLowerCase();
        if (v === 'true' || v === '') flag.value = 'true';
        else if (v === 'false') flag.value = 'false';
        else throw new DockerfileSyntaxError('flag', `expecting boolean value for flag ${flagName}, not: ${value}`);
      } else {
        if (!hasValue) throw new DockerfileSyntaxError('flag', `missing a value on flag: ${flagName}`);
        if (flag.type === 'string') flag.value = value;
        else flag.values.push(value);
      }
    }
  }
}
