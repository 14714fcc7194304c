import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { DATA_DIR, parseDocument, requireData } from '../test-data';

/** The metadata fields compared with each page's expected-metadata.json. */
const FIELDS = ['title', 'byline', 'siteName'] as const;
type Field = (typeof FIELDS)[number];

const PAGES_DIR = join(DATA_DIR, 'readability-pages');

/**
 * Expected values that are Readability's own mistakes, with the page's true value. Both extractors
 * are scored against the truth here.
 */
const CORRECTED_METADATA: Record<string, Partial<Record<Field, string>>> = {
  // "Par Sébastien Farcis" signs a related article in the "Sur le même sujet" box; the story's
  // author is AFP (article:author …/auteur/2005-afp, itemprop="author" AFP).
  'liberation-1': { byline: 'AFP' },
};

describe.runIf(requireData('readability corpus'))('readability-pages corpus', () => {
  it('should read all 130 pages without throwing and match metadata at least as often as Readability', () => {
    const slugs = readdirSync(PAGES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const agreeRaw: Record<Field, number> = { title: 0, byline: 0, siteName: 0 };
    const agreeOurs: Record<Field, number> = { title: 0, byline: 0, siteName: 0 };
    const failures: string[] = [];
    for (const slug of slugs) {
      const source = readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8');
      const expected = {
        ...JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected-metadata.json'), 'utf8')),
        ...CORRECTED_METADATA[slug],
      };
      const doc = parseDocument(source);
      const raw = new Readability(doc.cloneNode(true) as Document).parse();
      let ours: Record<Field, string | null> | null = null;
      try {
        ours = analyzeDocument(doc).report.article;
      } catch (error) {
        failures.push(`${slug}: ${(error as Error).message}`);
      }
      for (const field of FIELDS) {
        const want = normalise(expected[field]);
        if (normalise(raw?.[field]) === want) agreeRaw[field]++;
        if (normalise(ours?.[field]) === want) agreeOurs[field]++;
      }
    }
    const rows = FIELDS.map(
      (field) =>
        `${field.padEnd(9)} Readability ${share(agreeRaw[field], slugs.length)}  Sourcelight ${share(agreeOurs[field], slugs.length)}`,
    );
    console.log(`readability-pages: ${slugs.length} pages\n${rows.join('\n')}`);

    expect(failures).toEqual([]);
    expect(slugs.length).toBe(130);
    for (const field of FIELDS)
      expect(agreeOurs[field], field).toBeGreaterThanOrEqual(agreeRaw[field]);
    // 130 pages through jsdom twice: about a minute on an idle 2-core machine.
  }, 900_000);
});

function normalise(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.replace(/\s+/g, ' ').trim() || null;
}

function share(count: number, total: number): string {
  return `${count}/${total} (${(count / total).toFixed(3)})`;
}
