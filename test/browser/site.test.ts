/**
 * The course site in a real browser: ONE production build, ONE static server, ONE headless Debian
 * chromium (test/browser/site/env.ts) for every page test, each in a fresh browser context. The
 * describe blocks live in sibling modules (test/browser/site/*.ts, not test files themselves).
 *
 * Needs: apt-get install -y chromium. Without /usr/bin/chromium the suite is skipped, saying so.
 * SITE_DIST=<dir> reuses an earlier build instead of building (while writing tests).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { haveChromium, startSite, stopSite } from './site/env.ts';
import { lessonSuite, progressSuite } from './site/lessons.ts';
import { sandboxSuite } from './site/sandbox.ts';
import { editorSuite } from './site/editor.ts';
import { a11ySuite } from './site/a11y.ts';
import { offlineSuite } from './site/offline.ts';
import { layoutSuite } from './site/layout.ts';

if (!haveChromium) console.warn('test/browser/site.test.ts skipped: chromium not installed (/usr/bin/chromium): apt-get install -y chromium');

describe.skipIf(!haveChromium)('the course site in chromium', () => {
  // The build takes ~25 s alone, longer while the rest of `npm test` shares the two cores.
  beforeAll(startSite, 300_000);
  afterAll(stopSite);
  lessonSuite();
  progressSuite();
  sandboxSuite();
  editorSuite();
  a11ySuite();
  offlineSuite();
  layoutSuite();
});
