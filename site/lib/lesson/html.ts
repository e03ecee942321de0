/**
 * A tiny string builder for the Workspace's views: they are drawn from plain data as HTML text, so
 * the same code renders on the server (Astro, first paint) and in the browser (after each state),
 * and tests read the text without a DOM. Every value goes through `esc`.
 */

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped text where `backtick spans` become <code>, as the graders' messages write commands. */
export function inlineCode(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? `<code>${esc(part.slice(1, -1))}</code>` : esc(part)))
    .join('');
}

/** `name="value"` pairs, escaped; false/undefined attributes are left out, true ones are bare. */
export function attrs(a: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(String(v))}"`;
  }
  return out;
}
