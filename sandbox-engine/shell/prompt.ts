/**
 * Prompt strings: bash's backslash escapes in PS1/PS2 (\u \h \H \w \W \$ \n \t \\ \[ \] \e and octal).
 * busybox ash understands the same common set.
 */

export interface PromptInfo {
  /** Shell variables, for `$VAR` in the prompt (bash's promptvars). */
  vars?: (name: string) => string | undefined;
  user: string;
  hostname: string;
  cwd: string;
  home: string | undefined;
  uid: number;
  shellName: string;
}

function tildeDir(cwd: string, home: string | undefined): string {
  if (home && home !== '/' && (cwd === home || cwd.startsWith(home + '/'))) return '~' + cwd.slice(home.length);
  return cwd;
}

export function expandPrompt(ps: string, info: PromptInfo): string {
  const text = expandEscapes(ps, info);
  if (!info.vars || !text.includes('$')) return text;
  const get = info.vars;
  // Parameter expansion of the result (no command substitution in the simulator's prompts).
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, b: string | undefined) => get((a ?? b)!) ?? '');
}

function expandEscapes(ps: string, info: PromptInfo): string {
  let out = '';
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i];
    if (c !== '\\' || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const n = ps[++i];
    switch (n) {
      case 'u':
        out += info.user;
        break;
      case 'h':
        out += info.hostname.split('.')[0];
        break;
      case 'H':
        out += info.hostname;
        break;
      case 'w':
        out += tildeDir(info.cwd, info.home);
        break;
      case 'W': {
        const d = tildeDir(info.cwd, info.home);
        out += d === '/' || d === '~' ? d : d.slice(d.lastIndexOf('/') + 1);
        break;
      }
      case '$':
        out += info.uid === 0 ? '#' : '$';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 's':
        out += info.shellName;
        break;
      case 'v':
        out += '5.2';
        break;
      case 'V':
        out += '5.2.15';
        break;
      case 'e':
        out += '\x1b';
        break;
      case 'a':
        out += '\x07';
        break;
      case '[':
      case ']':
        break;
      case '\\':
        out += '\\';
        break;
      default:
        if (n >= '0' && n <= '7') {
          let o = n;
          while (o.length < 3 && ps[i + 1] >= '0' && ps[i + 1] <= '7') o += ps[++i];
          out += String.fromCharCode(parseInt(o, 8));
        } else out += '\\' + n;
    }
  }
  return out;
}
