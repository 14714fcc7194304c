import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The project's own fixture pages. */
export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

/** The shared corpora: SOURCELIGHT_DATA, defaulting to ../shared/data beside the project. */
export const DATA_DIR = resolve(
  process.env.SOURCELIGHT_DATA ?? join(import.meta.dirname, '../../shared/data'),
);

/** True when the shared corpora are present (always in CI; absent in a fresh clone). */
export const HAS_DATA = existsSync(join(DATA_DIR, 'readability-pages'));

/** The URL fixture pages are parsed at, so relative links resolve. */
export const FIXTURE_URL = 'http://fakehost/test/page.html';

/** Paragraphs that pad a short story so Readability takes it as an article at its first try. */
export const STORY_FILLER = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the report goes on at some length about the council budget, the new bridge and the roads that lead to it, so that the page reads as a real article.</p>`,
).join('');

/** Lists the fixture folders (slugs) under tests/fixtures. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads a fixture's source.html. */
export function readFixtureSource(slug: string): string {
  return readFileSync(join(FIXTURES_DIR, slug, 'source.html'), 'utf8');
}

/** Reads a fixture's expected.json. */
export function readFixtureExpected<T>(slug: string): T {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, slug, 'expected.json'), 'utf8')) as T;
}

/** Parses HTML into a jsdom Document at `url`. */
export function parseDocument(html: string, url = FIXTURE_URL): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/**
 * Whether a corpus-wide suite can run. Without the corpus it says so and skips — except in CI,
 * which always has the data, so there a missing corpus is an error rather than a silent pass.
 */
export function requireData(suite: string): boolean {
  if (HAS_DATA) return true;
  const message = `[${suite}] no corpus at ${DATA_DIR} (set SOURCELIGHT_DATA to the shared data folder)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}: skipped`);
  return false;
}
