/**
 * The course's locales and their UI strings. Russian is the default; both are prefixed in URLs
 * (/ru/..., /en/...), as astro.config.mjs's i18n section says.
 */
import { en } from '../../i18n/en.ts';
import { ru } from '../../i18n/ru.ts';
import type { UiStrings } from '../../i18n/types.ts';

export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const STRINGS: Record<Locale, UiStrings> = { ru, en };

export function uiStrings(lang: Locale): UiStrings {
  return STRINGS[lang];
}

/** The locales other than `lang`, in course order (for the language switch). */
export function otherLocales(lang: Locale): Locale[] {
  return LOCALES.filter((l) => l !== lang);
}

/**
 * Fills `{name}` placeholders: fill('Lesson {n}', { n: 2 }) === 'Lesson 2'. A placeholder with no
 * value is left as written, so a missing parameter shows up in review rather than as "undefined".
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
