/**
 * The run-button Markdown plugin, through Astro's own Sätteri pipeline (syntax highlighting
 * included), as astro.config.mjs configures it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { ElementContent, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { commandLines, documentLocale, runButtons, runButtonLabel } from '../../site/lib/markdown/run-buttons.ts';

const processor = await createSatteriMarkdownProcessor({ hastPlugins: [runButtons()], features: { smartPunctuation: false } });

async function render(markdown: string, frontmatter: Record<string, unknown> = {}, file?: string): Promise<string> {
  const r = await processor.render(markdown, { frontmatter, fileURL: file ? new URL(`file:///course/${file}`) : undefined });
  return r.code;
}

/** The buttons in rendered HTML, read with an HTML parser (attribute values may hold < and >). */
function buttons(html: string): { run: string; label: string; text: string }[] {
  const found: { run: string; label: string; text: string }[] = [];
  const walk = (node: Root | ElementContent): void => {
    if (node.type === 'element' && node.tagName === 'button') {
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      found.push({ run: String(node.properties.dataRun ?? ''), label: String(node.properties.ariaLabel ?? ''), text });
    }
    if ('children' in node) for (const c of node.children) walk(c as ElementContent);
  };
  walk(htmlToHast(html, { fragment: true }) as Root);
  return found;
}

describe('commandLines', () => {
  it('keeps the lines as written, minus blank lines around them and trailing spaces', () => {
    expect(commandLines('\n\ndocker ps  \n# a comment\n\nls -l\n\n')).toBe('docker ps\n# a comment\n\nls -l');
    expect(commandLines('a\r\nb\r\n')).toBe('a\nb');
    expect(commandLines('\n  \n')).toBe('');
  });
});

describe('documentLocale', () => {
  it('takes the frontmatter locale, else the lessons/<locale>/ folder, else ru', () => {
    expect(documentLocale({ locale: 'en' }, new URL('file:///c/lessons/ru/01-a.md'))).toBe('en');
    expect(documentLocale({}, new URL('file:///c/lessons/en/01-a.md'))).toBe('en');
    expect(documentLocale({ locale: 'de' }, undefined)).toBe('ru');
  });
});

describe('run buttons in rendered prose', () => {
  it('adds one labelled button after each sh block, with its exact lines', async () => {
    const html = await render(
      [
        '# T',
        '',
        '```sh',
        "docker run --name box alpine sh -c 'echo hello > /etc/motd'",
        'docker diff box',
        '```',
        '',
        '```',
        'C /etc',
        '```',
        '',
        '```sh',
        'sudo ls -l $(docker inspect box --format "{{.GraphDriver.Data.UpperDir}}")/etc',
        '```',
      ].join('\n'),
      { locale: 'en' },
    );
    expect(buttons(html)).toEqual([
      {
        run: "docker run --name box alpine sh -c 'echo hello > /etc/motd'\ndocker diff box",
        label: "Run in the terminal: docker run --name box alpine sh -c 'echo hello > /etc/motd' …",
        text: 'Run',
      },
      {
        run: 'sudo ls -l $(docker inspect box --format "{{.GraphDriver.Data.UpperDir}}")/etc',
        label: 'Run in the terminal: sudo ls -l $(docker inspect box --format "{{.GraphDriver.Data.UpperDir}}")/etc',
        text: 'Run',
      },
    ]);
    expect(html.match(/class="run-block"/g)).toHaveLength(2);
    expect(html).toContain('<button type="button" class="run-button"');
    // The output block (no language) is left alone.
    expect(html).toMatch(/<pre[^>]*data-language="plaintext"[^>]*><code><span class="line"><span>C \/etc<\/span><\/span><\/code><\/pre>\n?(?!<button)/);
  });

  it('labels buttons in the lesson language', async () => {
    const html = await render('```sh\ndocker ps\n```\n', {}, 'content/lessons/ru/01-a.md');
    expect(buttons(html)).toEqual([{ run: 'docker ps', label: 'Выполнить в терминале: docker ps', text: 'Выполнить' }]);
    expect(runButtonLabel('ru', 'a\nb')).toBe('Выполнить в терминале: a …');
  });

  it('gives other languages and empty blocks no button', async () => {
    const html = await render('```dockerfile\nFROM alpine\n```\n\n```bash\necho x\n```\n\n```sh\n\n```\n', { locale: 'en' });
    expect(buttons(html)).toEqual([]);
  });

  it('turns every sh block of the real lessons into a button (and nothing else)', async () => {
    for (const file of ['content/lessons/en/01-layers.md', 'content/lessons/ru/03-mounts.md']) {
      let text: string;
      try {
        text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      } catch {
        console.warn(`pages-run-buttons: ${file} is missing; skipped`);
        continue;
      }
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const blocks = body.match(/^```sh$/gm)?.length ?? 0;
      const html = await render(body, {}, file);
      expect(buttons(html).length, file).toBe(blocks);
      expect(blocks, file).toBeGreaterThan(0);
    }
  });
});
