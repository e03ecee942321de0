/** ru and en carry the same message keys, and every key the exercises name exists in both. */
import { describe, expect, it } from 'vitest';
import { en } from './i18n/en.ts';
import { ru } from './i18n/ru.ts';
import { translate } from './i18n/index.ts';
import { EXERCISES } from './exercises/index.ts';

describe('grader messages', () => {
  it('ru and en have the same keys, none empty', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(ru)]) expect(v.trim(), k).not.toBe('');
  });

  it('a key has the same {params} in both languages', () => {
    const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as Array<keyof typeof en>) expect(slots(ru[k]), k).toEqual(slots(en[k]));
  });

  it('Russian texts are written in Russian', () => {
    for (const [k, v] of Object.entries(ru)) expect(/[а-яё]/i.test(v), k).toBe(true);
  });

  it('every key an exercise names is translated', () => {
    for (const ex of EXERCISES.values()) {
      const keys = [ex.title, ex.goal, ...ex.hints, ...ex.tasks.map((t) => t.title), ...ex.wrongAttempts.flatMap((w) => w.expect.map((e) => e.key))];
      for (const k of keys) {
        expect(k in en, `${ex.id}: ${k} in en`).toBe(true);
        expect(k in ru, `${ex.id}: ${k} in ru`).toBe(true);
      }
    }
  });

  it('params fill their slots', () => {
    expect(translate({ key: 'layers.diff.missing', params: { changes: 'D /etc/motd' } }, 'en')).toBe('`docker diff` does not show yet: D /etc/motd.');
    expect(translate({ key: 'layers.diff.missing', params: { changes: 'D /etc/motd' } }, 'ru')).toBe('В выводе `docker diff` пока нет: D /etc/motd.');
  });
});
