/**
 * The course's structure from the content collection: lessons by locale in course order, grouped
 * under their modules (content/modules/<locale>.json), with previous/next neighbours. Pure data
 * in, data out, so it is tested in Node (test/site/pages-course.test.ts) without Astro.
 */

/** What a lesson page and the course map need of a lesson's frontmatter. */
export interface LessonMeta {
  slug: string;
  title: string;
  lesson: number;
  module: string;
  summary: string;
  exercise?: string;
}

/** An entry of content/modules/<locale>.json. */
export interface ModuleMeta {
  id: string;
  title: string;
  summary: string;
}

export interface CourseModule extends ModuleMeta {
  lessons: LessonMeta[];
}

/**
 * A lesson's slug from its collection id or file name: the name without its directory, extension
 * and the NN- order prefix ("ru/01-layers" or "01-layers.md" → "layers").
 */
export function lessonSlug(idOrFile: string): string {
  const base = idOrFile.split('/').pop() ?? idOrFile;
  return base.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

export function byLessonOrder<T extends { lesson: number }>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.lesson - b.lesson);
}

/**
 * Modules in the order of the modules file, each with its lessons in course order. A lesson whose
 * module is not in the file is not dropped: it lands in a trailing module named after its id, so
 * a content mistake is visible on the map instead of hiding a lesson.
 */
export function courseModules(modules: readonly ModuleMeta[], lessons: readonly LessonMeta[]): CourseModule[] {
  const result: CourseModule[] = modules.map((m) => ({ ...m, lessons: [] }));
  const byId = new Map(result.map((m) => [m.id, m]));
  for (const lesson of byLessonOrder(lessons)) {
    let module = byId.get(lesson.module);
    if (!module) {
      module = { id: lesson.module, title: lesson.module, summary: '', lessons: [] };
      byId.set(lesson.module, module);
      result.push(module);
    }
    module.lessons.push(lesson);
  }
  return result.filter((m) => m.lessons.length > 0);
}

/** The lessons before and after `slug` in course order (undefined at either end). */
export function neighbours<T extends { slug: string; lesson: number }>(
  lessons: readonly T[],
  slug: string,
): { previous?: T; next?: T } {
  const ordered = byLessonOrder(lessons);
  const i = ordered.findIndex((l) => l.slug === slug);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
