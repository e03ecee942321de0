/**
 * `.dockerignore` (moby/patternmatcher, as docker/docs build/concepts/context.md describes it):
 * one pattern per line, `#` lines are comments, each pattern is path-cleaned and anchored at the
 * context root; `*` and `?` stay within one path element, `**` spans any number of them (zero
 * included); `!pattern` re-includes. The last matching line wins, and a pattern that matches a
 * directory matches everything under it.
 */

interface Pattern {
  exclusion: boolean;
  re: RegExp;
}

/** Go's path.Clean for a relative pattern, leading `/` dropped. */
function cleanPattern(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      out.pop();
      continue;
    }
    out.push(part);
  }
  return out.join('/') || '.';
}

function toRegExp(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` also matches no directory at all.
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        let cls = pattern.slice(i + 1, end);
        if (cls.startsWith('^') || cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (ch === '\\' && i + 1 < pattern.length) {
      i++;
      re += pattern[i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

export class DockerIgnore {
  private readonly patterns: Pattern[] = [];

  constructor(text: string) {
    for (const raw of text.split('\n')) {
      let line = raw.replace(/\r$/, '');
      if (line.startsWith('#')) continue;
      line = line.trim();
      if (line === '') continue;
      let exclusion = false;
      if (line.startsWith('!')) {
        exclusion = true;
        line = line.slice(1).trim();
      }
      const clean = cleanPattern(line);
      if (clean === '.') continue;
      this.patterns.push({ exclusion, re: toRegExp(clean) });
    }
  }

  /** Whether the context path (relative, `/`-separated, no leading `/`) is ignored. */
  ignored(path: string): boolean {
    const parts = path.split('/');
    let matched = false;
    for (const p of this.patterns) {
      // MatchesOrParentMatches: the path itself or any of its parent directories.
      let hit = false;
      for (let n = parts.length; n >= 1 && !hit; n--) hit = p.re.test(parts.slice(0, n).join('/'));
      if (hit) matched = !p.exclusion;
    }
    return matched;
  }
}
