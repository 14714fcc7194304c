import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHighlights } from '../../lib/highlight/plan';
import type { Report } from '../../lib/report';
import { requireData } from '../test-data';
import { launchExtension, openTab, type ExtensionHarness } from './harness';
import {
  clickToolbar,
  countListeners,
  openDriver,
  readHighlights,
  sendToTab,
} from './highlights-driver';

/**
 * News pages of the shared readability-pages corpus (MANIFEST is_news True) whose articles quote
 * people, from several publishers' markup: inline links and emphasis inside quotes, nested
 * figure/aside blocks, pages that load their own scripts. On medicalnewstoday Readability's first
 * try finds too little text and it retries, which rebuilds the page's nodes.
 */
const PAGES = [
  'seattletimes-1',
  'nytimes-3',
  'quanta-1',
  'wapo-1',
  'bbc-1',
  'guardian-1',
  'telegraph',
  'medicalnewstoday',
];

/** Whitespace differs between the article text ("\n\n" between blocks) and the DOM's own. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Per style group, the article text each painted range must show, as the report found it. */
function expectedByGroup(report: Report): Record<string, string[]> {
  const text = report.article?.text ?? '';
  const out: Record<string, string[]> = {};
  for (const item of planHighlights(report).items) {
    const name = `sourcelight-${item.group}`;
    for (const span of item.spans) {
      (out[name] ??= []).push(squash(text.slice(span.start, span.end)));
    }
  }
  return out;
}

describe.runIf(requireData('highlights on real pages'))(
  'in-page highlights on real news pages (Chromium)',
  () => {
    let harness: ExtensionHarness;
    let driver: Page;

    beforeAll(async () => {
      harness = await launchExtension();
      // Real pages reference their publishers' servers: keep the run offline and deterministic.
      await harness.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
      driver = await openDriver(harness);
    });
    afterAll(async () => {
      await harness?.close();
    });

    it.each(PAGES)(
      'should highlight the quotes of %s exactly and restore the page',
      async (slug) => {
        const { page, tabId } = await openTab(
          harness,
          `${harness.baseUrl}/data/readability-pages/${slug}/source.html`,
        );
        const pageErrorsBefore: string[] = [];
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await page.waitForLoadState('load');
        pageErrorsBefore.push(...pageErrors.splice(0));
        const before = await page.evaluate(() => document.documentElement.outerHTML);
        const listenersBefore = await countListeners(page);

        const state = await clickToolbar(driver, tabId);
        const highlights = await readHighlights(page);

        expect(state.report.article, `${slug}: ${state.report.reason}`).not.toBeNull();
        expect(state.report.quotes.length, `${slug} has quotes`).toBeGreaterThan(0);
        const expected = expectedByGroup(state.report);
        const painted = Object.fromEntries(
          Object.entries(highlights).map(([name, texts]) => [name, texts.map(squash)]),
        );
        // Ranges join adjacent spans and split around left-out text, so compare the text they cover.
        for (const name of new Set([...Object.keys(expected), ...Object.keys(painted)])) {
          expect(painted[name]?.join('') ?? '', `${slug} ${name}`).toBe(
            (expected[name] ?? []).join(''),
          );
        }
        expect(painted['sourcelight-quote']?.length ?? 0).toBeGreaterThanOrEqual(
          state.report.quotes.filter((quote) => quote.speakerKind !== 'anonymous').length,
        );

        const again = await clickToolbar(driver, tabId);
        expect(await readHighlights(page)).toEqual(highlights);
        expect(again.report.quotes).toEqual(state.report.quotes);

        await sendToTab(driver, tabId, 'setHighlights', { on: false });
        await sendToTab(driver, tabId, 'restorePage');
        expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
        expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
        const wxt = /wxt:content-script-started$/;
        const after = await countListeners(page);
        expect(Object.keys(after).filter((key) => !wxt.test(key))).toEqual(
          Object.keys(listenersBefore).filter((key) => !wxt.test(key)),
        );
        expect(pageErrors).toEqual([]);
        await page.close();
      },
    );
  },
);
