/**
 * Reader for the case files in this folder (format described at the top of parser-cases.txt).
 * Pure: the tests read the file and pass its text, so nothing here needs node:fs.
 */

export interface ParserCase {
  name: string;
  dockerfile: string;
  result?: string;
  lines?: string;
  heredocs?: string[];
  warnings?: string[];
  error?: { line: number; message: string };
  /** `--- ok`: the Dockerfile must be accepted. */
  ok?: boolean;
}

export function parseCaseFile(text: string): ParserCase[] {
  const cases: ParserCase[] = [];
  let current: { c: ParserCase; noNewline: boolean; body: string[]; section: string; sections: Map<string, string[]> } | null = null;
  const finish = () => {
    if (current === null) return;
    const { c, body, noNewline, sections } = current;
    c.dockerfile = body.length === 0 ? '' : body.join('\n') + (noNewline ? '' : '\n');
    const get = (k: string) => sections.get(k);
    if (get('result')) c.result = get('result')!.join('\n');
    if (get('lines')) c.lines = get('lines')!.join('\n');
    if (get('heredocs')) c.heredocs = get('heredocs');
    if (get('warnings')) c.warnings = get('warnings');
    if (sections.has('ok')) c.ok = true;
    const err = get('error');
    if (err) {
      const joined = err.join('\n');
      const sp = joined.indexOf(' ');
      c.error = { line: Number(joined.slice(0, sp)), message: joined.slice(sp + 1) };
    }
    cases.push(c);
  };
  for (const line of text.split('\n')) {
    if (current === null && line.startsWith(';')) continue;
    if (line.startsWith('=== ')) {
      finish();
      const [name, flag] = line.slice(4).split(' ');
      current = { c: { name, dockerfile: '' }, noNewline: flag === '!nonewline', body: [], section: '', sections: new Map() };
      continue;
    }
    if (current === null) continue;
    if (line.startsWith('--- ')) {
      current.section = line.slice(4);
      current.sections.set(current.section, []);
      continue;
    }
    if (current.section === '') current.body.push(line);
    else if (line !== '') current.sections.get(current.section)!.push(line);
  }
  finish();
  return cases;
}
