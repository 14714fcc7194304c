import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERF_MARKS } from '../../entrypoints/content/perf-marks';
import { describeQuote, planHighlights } from '../../lib/highlight/plan';
import type { PageState } from '../../lib/messaging';
import type { Quote, Report } from '../../lib/report';
import { describeRemoved } from '../../lib/summary';
import {
  EXTENSION_DIR,
  launchExtension,
  openPopup,
  openTab,
  saveScreenshot,
  type ExtensionHarness,
} from './harness';
import {
  clickToolbar,
  countListeners,
  injectContentScript,
  openDriver,
  rangePoint,
  readHighlights,
  readOverlay,
  sendToTab,
} from './highlights-driver';

/** The highlight names the quote groups use (see entrypoints/content/paint.ts). */
const QUOTE_HIGHLIGHTS = ['sourcelight-quote', 'sourcelight-anonymous'];

/** WXT's own listener that lets a newer copy of the content script replace an older one. */
const WXT_TAKEOVER_LISTENER = /wxt:content-script-started$/;

/** Whitespace differs between the article text ("\n\n" between blocks) and the DOM's own. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The article text of every quote span, as the report found it. */
function quoteTexts(report: Report): string[] {
  const text = report.article?.text ?? '';
  return report.quotes.map((quote) => squash(text.slice(quote.span.start, quote.span.end)));
}

function quoteRanges(highlights: Record<string, string[]>): string[] {
  return QUOTE_HIGHLIGHTS.flatMap((name) => highlights[name] ?? []).map(squash);
}

function withoutWxt(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).filter(([key]) => !WXT_TAKEOVER_LISTENER.test(key)),
  );
}

describe('in-page highlights on the seed page (Chromium)', () => {
  let harness: ExtensionHarness;
  let driver: Page;
  let opened = 0;
  // A fresh query per tab: the harness finds a tab by its URL.
  const seedUrl = () => `${harness.baseUrl}/fixtures/seed-1/source.html?tab=${++opened}`;

  beforeAll(async () => {
    harness = await launchExtension();
    driver = await openDriver(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function openSeed() {
    const { page, tabId } = await openTab(harness, seedUrl());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { page, tabId, pageErrors };
  }

  it('should highlight every quote of the report at its exact text, with a tooltip', async () => {
    const { page, tabId, pageErrors } = await openSeed();

    const state = await clickToolbar(driver, tabId);
    const highlights = await readHighlights(page);

    expect(state.report.quotes.length).toBeGreaterThan(0);
    expect(state.highlightsOn).toBe(true);
    expect(quoteRanges(highlights).sort()).toEqual(quoteTexts(state.report).sort());
    const text = state.report.article?.text ?? '';
    const expectedCues = planHighlights(state.report)
      .items.filter((item) => item.group === 'cue')
      .map(({ spans }) => squash(text.slice(spans[0]?.start, spans.at(-1)?.end)));
    expect((highlights['sourcelight-cue'] ?? []).map(squash).sort()).toEqual(expectedCues.sort());

    const quoteIndex = state.report.quotes.findIndex((quote) => quote.speaker !== null);
    const target = state.report.quotes[quoteIndex];
    if (!target) throw new Error('the seed page has an attributed quote');
    const rangeIndex = (highlights['sourcelight-quote'] ?? [])
      .map(squash)
      .indexOf(quoteTexts(state.report)[quoteIndex] as string);
    const point = await rangePoint(page, 'sourcelight-quote', rangeIndex);
    if (!point) throw new Error('the quote has no line box');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(async () => (await readOverlay(page)).tooltip)
      .toBe(describeQuote(target, state.report.people));
    await saveScreenshot(page, 'highlights-seed-1-tooltip', false);

    await page.mouse.move(5, 5);
    await expect.poll(async () => (await readOverlay(page)).tooltip).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('should mark re-posted blocks and hide the furniture the cleaner found', async () => {
    const { page, tabId, pageErrors } = await openSeed();

    const state = await clickToolbar(driver, tabId);
    const overlay = await readOverlay(page);

    const reposts = state.report.attributions.filter((a) => a.kind === 'reposted-block');
    expect(reposts.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await readOverlay(page)).markers)
      .toEqual(reposts.map((a) => `Re-posted from ${a.source}`));
    expect(state.removedHidden).toHaveLength(state.report.removed.length);
    expect(state.removedHidden.filter(Boolean).length).toBeGreaterThan(0);
    expect(overlay.notice).toMatch(/^Sourcelight hid \d+ page elements? /);
    // In the popup's words for the same furniture (lib/summary.ts describeRemoved).
    const hiddenKinds = state.report.removed
      .filter((_item, index) => state.removedHidden[index])
      .map((item) => item.kind);
    expect(overlay.notice).toContain(`(${describeRemoved(hiddenKinds)}).`);
    expect(await page.locator('#respond').isVisible()).toBe(false);
    // The story itself is never hidden.
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('.entry-content blockquote').isVisible()).toBe(true);
    await saveScreenshot(page, 'highlights-seed-1-full');

    const index = state.report.removed.findIndex((item) => item.kind === 'comment-form');
    const shown = await sendToTab(driver, tabId, 'setRemovedHidden', { index, hidden: false });
    expect(shown.removedHidden[index]).toBe(false);
    expect(await page.locator('#respond').isVisible()).toBe(true);
    const hidden = await sendToTab(driver, tabId, 'setRemovedHidden', { index, hidden: true });
    expect(hidden.removedHidden[index]).toBe(true);
    expect(await page.locator('#respond').isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('should never double-highlight when clicked twice', async () => {
    const { page, tabId, pageErrors } = await openSeed();

    const first = await clickToolbar(driver, tabId);
    const once = await readHighlights(page);
    const second = await clickToolbar(driver, tabId);
    const twice = await readHighlights(page);

    expect(twice).toEqual(once);
    expect(second.report).toEqual(first.report);
    expect((await readOverlay(page)).markers).toHaveLength(
      first.report.attributions.filter((a) => a.kind === 'reposted-block').length,
    );
    const listeners = withoutWxt(await countListeners(page));
    expect(Object.values(listeners).every((count) => count === 1)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('should load the analysis engine into a page once, at its first analysis', async () => {
    const { page, tabId, pageErrors } = await openSeed();
    const engineLoads = () =>
      page.evaluate(
        (name) => performance.getEntriesByName(name).map((entry) => entry.startTime),
        PERF_MARKS.engineLoad,
      );

    expect(await engineLoads()).toEqual([]);
    const first = await clickToolbar(driver, tabId);
    const loads = await engineLoads();
    expect(loads).toHaveLength(1);
    await sendToTab(driver, tabId, 'restorePage');
    // The page changed: the second click analyses again, with the engine already in the page.
    await page.evaluate(() => document.body.append(document.createElement('p')));
    const second = await clickToolbar(driver, tabId);
    expect(await engineLoads()).toEqual(loads);
    expect(second.report.quotes).toEqual(first.report.quotes);
    expect(pageErrors).toEqual([]);
  });

  it('should keep Readability and the engine out of the content script', () => {
    const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Readability's main pass: a method name minifiers keep.
    expect(read('engine.js')).toContain('_grabArticle');
    expect(read('content-scripts/content.js')).not.toContain('_grabArticle');
  });

  it('should paint before completing the report, and analyse once for requests sent together', async () => {
    const { page, tabId, pageErrors } = await openSeed();
    await injectContentScript(driver, tabId);

    const [first, second] = await Promise.all([
      sendToTab(driver, tabId, 'analyzePage'),
      sendToTab(driver, tabId, 'analyzePage'),
    ]);

    expect(second.report).toEqual(first.report);
    expect(quoteRanges(await readHighlights(page))).toHaveLength(first.report.quotes.length);
    // One analysis, painted, then reported.
    const marks = await page.evaluate(
      (names) =>
        names.map((name) => performance.getEntriesByName(name).map((entry) => entry.startTime)),
      [PERF_MARKS.start, PERF_MARKS.highlighted, PERF_MARKS.reported],
    );
    expect(marks.map((times) => times.length)).toEqual([1, 1, 1]);
    const [[start], [highlighted], [reported]] = marks as [number[], number[], number[]];
    expect(start).toBeLessThan(highlighted as number);
    expect(highlighted).toBeLessThan(reported as number);
    expect(pageErrors).toEqual([]);
  });

  it('should toggle highlights and restore the page exactly, leaving no listeners', async () => {
    const { page, tabId, pageErrors } = await openSeed();
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const listenersBefore = await countListeners(page);

    await clickToolbar(driver, tabId);
    await page.mouse.move(400, 400);
    const off: PageState = await sendToTab(driver, tabId, 'setHighlights', { on: false });
    expect(off.highlightsOn).toBe(false);
    expect(await readHighlights(page)).toEqual({});
    const on = await sendToTab(driver, tabId, 'setHighlights', { on: true });
    expect(on.highlightsOn).toBe(true);
    expect(quoteRanges(await readHighlights(page))).toHaveLength(on.report.quotes.length);
    await sendToTab(driver, tabId, 'setHighlights', { on: false });
    const restored = await sendToTab(driver, tabId, 'restorePage');

    expect(restored.highlightsOn).toBe(false);
    expect(restored.removedHidden.every((hidden) => !hidden)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect((await readOverlay(page)).present).toBe(false);
    expect(withoutWxt(await countListeners(page))).toEqual(withoutWxt(listenersBefore));
    expect(pageErrors).toEqual([]);
  });

  it('should analyse again when the page changed since the last click', async () => {
    const { page, tabId, pageErrors } = await openSeed();
    const first = await clickToolbar(driver, tabId);

    // Infinite scroll: the site appends another paragraph with a quote to the story.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent =
        '“We are ready to talk at any level,” Russian Foreign Ministry spokeswoman Maria Zakharova said.';
      document.querySelector('.entry-content')?.append(paragraph);
    });
    const second = await clickToolbar(driver, tabId);

    expect(second.report.article?.text).toContain('We are ready to talk at any level');
    expect(first.report.article?.text).not.toContain('We are ready to talk at any level');
    expect(quoteRanges(await readHighlights(page)).sort()).toEqual(
      quoteTexts(second.report).sort(),
    );
    expect(pageErrors).toEqual([]);
  });

  it('should reveal a quote from the popup: scroll, flash and show its tooltip', async () => {
    const { page, tabId } = await openSeed();
    const state = await clickToolbar(driver, tabId);
    const index = state.report.quotes.length - 1;

    const revealed = await sendToTab(driver, tabId, 'revealInPage', { kind: 'quote', index });

    expect(revealed).toBe(true);
    expect(await readHighlights(page)).toHaveProperty('sourcelight-flash');
    await expect
      .poll(async () => (await readOverlay(page)).tooltip)
      .toBe(describeQuote(state.report.quotes[index] as Quote, state.report.people));
    expect(await sendToTab(driver, tabId, 'revealInPage', { kind: 'quote', index: 999 })).toBe(
      false,
    );
    const person = state.report.people.findIndex((item) => item.spans.length > 0);
    expect(person).toBeGreaterThanOrEqual(0);
    expect(await sendToTab(driver, tabId, 'revealInPage', { kind: 'person', index: person })).toBe(
      true,
    );
    await expect
      .poll(async () => (await readOverlay(page)).tooltip)
      .toBe(state.report.people[person]?.name);
  });

  it('should highlight the page when the popup opens (toolbar click path)', async () => {
    const { page, tabId, pageErrors } = await openSeed();

    const popup = await openPopup(harness, tabId);

    await expect
      .poll(async () => quoteRanges(await readHighlights(page)).length)
      .toBeGreaterThan(0);
    await popup.close();
    expect(pageErrors).toEqual([]);
  });

  it('should keep its colours readable on a dark site', async () => {
    const { page, tabId } = await openSeed();
    // A dark theme like many news sites' night mode; the extension must not depend on light pages.
    await page.addStyleTag({
      content:
        'body, .site-content, blockquote { background: #15171a !important; color: #dcdcdc !important; }',
    });
    const state = await clickToolbar(driver, tabId);
    const point = await rangePoint(page, 'sourcelight-quote', 0);
    if (point) await page.mouse.move(point.x, point.y);

    await expect.poll(async () => (await readOverlay(page)).tooltip).not.toBeNull();
    await saveScreenshot(page, 'highlights-seed-1-dark', false);
    expect(state.report.quotes.length).toBeGreaterThan(0);
  });
});
