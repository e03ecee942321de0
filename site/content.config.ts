/**
 * The content collections: the lessons, content/lessons/<locale>/NN-slug.md. An entry's id is
 * "<locale>/NN-slug"; its slug (the URL's last part, the same in both locales) is the file name
 * without NN- (site/lib/course/lessons.ts, lessonSlug). Module titles are data files read by the
 * pages (content/modules/<locale>.json), not a collection.
 *
 * Imports name Astro's public packages rather than the virtual `astro:content`, so TypeScript and
 * the dependency checker resolve this file like any other.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({ pattern: '{ru,en}/*.md', base: './content/lessons' }),
  schema: z.object({
    title: z.string().min(1),
    /** Order in the course (1, 2, ...): the same number in both locales. */
    lesson: z.number().int().positive(),
    /** A module id from content/modules/<locale>.json. */
    module: z.string().min(1),
    locale: z.enum(['ru', 'en']),
    summary: z.string().min(1),
    /** An exercise id in graders/exercises/index.ts; without it the lesson has no tasks. */
    exercise: z.string().min(1).optional(),
    /** Host paths relative to /home/student that the lesson's editor opens. */
    files: z.array(z.string().min(1)).default([]),
  }),
});

export const collections = { lessons };
