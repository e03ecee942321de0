/**
 * URLs of the site's pages. Every page lives under its locale (/ru/..., /en/...) and ends with a
 * slash: the build writes each page as <path>/index.html, which any static file server serves.
 */
import { isLocale, type Locale } from './locale.ts';

export const homePath = (lang: Locale): string => `/${lang}/`;
export const sandboxPath = (lang: Locale): string => `/${lang}/sandbox/`;
export const lessonPath = (lang: Locale, slug: string): string => `/${lang}/lessons/${encodeURIComponent(slug)}/`;

/**
 * The same page in another locale: the path with its locale segment swapped. Every page exists in
 * both locales except, possibly, a lesson not yet translated: `exists` says whether the target
 * exists, and when it does not the other locale's course map is the answer.
 *   localizedPath('/ru/lessons/layers/', 'en') === '/en/lessons/layers/'
 */
export function localizedPath(pathname: string, to: Locale, exists: (path: string) => boolean = () => true): string {
  const parts = pathname.split('/');
  // parts[0] is '' (the path starts with '/'); parts[1] is the locale.
  if (!isLocale(parts[1])) return homePath(to);
  parts[1] = to;
  const target = parts.join('/');
  return exists(target) ? target : homePath(to);
}
