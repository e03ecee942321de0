/**
 * Click-to-run for lesson prose: every fenced ```sh block becomes
 *
 *   <div class="run-block">
 *     <pre ... data-language="sh">…</pre>
 *     <button type="button" class="run-button" data-run="LINES" aria-label="Run in the terminal: …">Run</button>
 *   </div>
 *
 * where LINES is the block's text without leading and trailing blank lines, its lines joined with
 * "\n" exactly as written (comments and heredoc bodies included: the terminal types them as a
 * student would). Blocks with no language are outputs and stay as they are. The Workspace's script
 * wires every button[data-run] to the terminal (site/lib/lesson/controller.ts).
 *
 * The label is in the lesson's language: the frontmatter's `locale`, else the locale directory in
 * the file's path (content/lessons/<locale>/...), else the default locale.
 *
 * It is a Sätteri hast plugin (Astro 7's Markdown processor), registered in astro.config.mjs:
 *   markdown: { processor: satteri({ hastPlugins: [runButtons()] }) }
 * Astro runs its syntax highlighter before user hast plugins, so the <pre> seen here may already
 * be Shiki's (language in data-language) or, with highlighting off, the plain one (language in the
 * <code> child's class).
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { DEFAULT_LOCALE, fill, isLocale, uiStrings, type Locale } from '../course/locale.ts';

/** Fence languages that mark a command to run (```sh). */
const RUNNABLE = new Set(['sh']);

/** The lines a run button types: the block minus blank lines around it and trailing spaces. */
export function commandLines(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** The accessible name of a run button: the label and the command's first line (… if more). */
export function runButtonLabel(lang: Locale, lines: string): string {
  const [first = '', ...rest] = lines.split('\n');
  return fill(uiStrings(lang).lesson.runLabel, { command: rest.length > 0 ? `${first} …` : first });
}

/** The locale of the document being rendered (see the file comment). */
export function documentLocale(frontmatter: unknown, fileURL: URL | undefined): Locale {
  const declared = (frontmatter as { locale?: unknown } | undefined)?.locale;
  if (isLocale(declared)) return declared;
  const fromPath = fileURL?.pathname.match(/\/lessons\/([^/]+)\//)?.[1];
  return isLocale(fromPath) ? fromPath : DEFAULT_LOCALE;
}

/** The fence language of a <pre>, before or after syntax highlighting. */
export function preLanguage(pre: Readonly<Element>): string | undefined {
  const declared = pre.properties?.dataLanguage;
  if (typeof declared === 'string') return declared;
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const classes: unknown = code?.properties?.className;
  const list: unknown[] = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(/\s+/) : [];
  const cls = list.find((c): c is string => typeof c === 'string' && c.startsWith('language-'));
  return cls?.slice('language-'.length);
}

/** The button that follows a runnable block. */
export function runButton(lang: Locale, lines: string): Element {
  const text: ElementContent = { type: 'text', value: uiStrings(lang).lesson.run };
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['run-button'], dataRun: lines, ariaLabel: runButtonLabel(lang, lines) },
    children: [text],
  };
}

export function runButtons(): HastPluginDefinition {
  return {
    name: 'dockersim-run-buttons',
    element: {
      filter: ['pre'],
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        const language = preLanguage(node);
        if (language === undefined || !RUNNABLE.has(language)) return;
        const lines = commandLines(ctx.textContent(node));
        if (lines === '') return;
        const astro = ctx.data.astro as { frontmatter?: unknown } | undefined;
        const lang = documentLocale(astro?.frontmatter, ctx.fileURL);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['run-block'] },
          children: [runButton(lang, lines)],
        });
      },
    },
  };
}
