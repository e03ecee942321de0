/** Message lookup: a key and its params become text in the chosen language. */
import type { Lang, Message } from '../model.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';

export const MESSAGES: Record<Lang, Record<string, string>> = { en, ru };

/** `{name}` slots are replaced by params; an unknown slot is left as typed so the gap shows. */
export function translate(msg: Message, lang: Lang): string {
  const text = MESSAGES[lang][msg.key] ?? msg.key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = msg.params?.[name];
    return v === undefined ? whole : String(v);
  });
}
