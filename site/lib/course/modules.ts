/**
 * Module titles and summaries per locale (content/modules/<locale>.json), checked when the site
 * builds: a malformed file fails the build with the file's name rather than drawing a broken map.
 */
import en from '../../../content/modules/en.json' with { type: 'json' };
import ru from '../../../content/modules/ru.json' with { type: 'json' };
import type { ModuleMeta } from './lessons.ts';
import type { Locale } from './locale.ts';

const FILES: Record<Locale, unknown> = { ru, en };

export function parseModules(data: unknown, source: string): ModuleMeta[] {
  if (!Array.isArray(data)) throw new Error(`${source}: expected an array of modules`);
  return data.map((m: unknown, i) => {
    const { id, title, summary } = (m ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || typeof title !== 'string' || typeof summary !== 'string') {
      throw new Error(`${source}: module ${i} needs string id, title and summary`);
    }
    return { id, title, summary };
  });
}

export function modulesFor(lang: Locale): ModuleMeta[] {
  return parseModules(FILES[lang], `content/modules/${lang}.json`);
}
