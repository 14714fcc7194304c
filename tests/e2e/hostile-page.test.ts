import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/highlight/plan';
import type { Report } from '../../lib/report';
import {
  launchExtension,
  openPopup,
  openTab,
  saveScreenshot,
  type ExtensionHarness,
} from './harness';
import {
  openDriver,
  rangePointIsolated,
  readHighlightsIsolated,
  readOverlay,
  sendToTab,
} from './highlights-driver';

/** The highlight names the quote groups use (see entrypoints/content/paint.ts). */
const QUOTE_HIGHLIGHTS = ['sourcelight-quote', 'sourcelight-anonymous'];

/** Markup the hostile page prints as text inside its quotes (tests/fixtures/hostile-1). */
const MARKUP_AS_TEXT = ['<img src=x onerror=', '<script>window.hostileErrors'];

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function quoteTexts(report: Report): string[] {
  const text = report.article?.text ?? '';
  return report.quotes.map((quote) => squash(text.slice(quote.span.start, quote.span.end)));
}

/**
 * What the page's own scripts left in its main world and what its DOM holds, read through
 * chrome.scripting (the page broke JSON and Array methods that page.evaluate could lean on).
 */
function readPageTraces(driver: Page, tabId: number) {
  return driver.evaluate(async (id) => {
    const [main] = await chrome.scripting.executeScript({
      target: { tabId: id },
      world: 'MAIN',
      // Pushed to by the payloads if any page text ever ran as markup.
      func: () => String((window as unknown as { hostileErrors?: unknown[] }).hostileErrors),
    });
    const [dom] = await chrome.scripting.executeScript({
      target: { tabId: id },
      world: 'ISOLATED',
      func: () => ({
        images: document.querySelectorAll('img').length,
        scripts: document.querySelectorAll('script').length,
      }),
    });
    return { hostileErrors: main?.result as string, ...(dom?.result as object) };
  }, tabId);
}

describe('a hostile page (Chromium)', () => {
  let harness: ExtensionHarness;
  let driver: Page;
  beforeAll(async () => {
    harness = await launchExtension();
    driver = await openDriver(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('should analyse and highlight a page that broke the built-ins, showing markup as text', async () => {
    const { page, tabId } = await openTab(
      harness,
      `${harness.baseUrl}/fixtures/hostile-1/source.html`,
    );
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    // The reader's path: the popup injects the content script and analyses the page.
    const popup = await openPopup(harness, tabId);
    await expect
      .poll(() => popup.locator('.article-header .title').textContent())
      .toMatch(/^City Council Approves Bridge Repairs After Heated Debate/);
    const state = await sendToTab(driver, tabId, 'analyzePage');
    const highlights = await readHighlightsIsolated(driver, tabId);

    expect(state.report.quotes.length).toBeGreaterThan(0);
    expect(state.highlightsOn).toBe(true);
    // Each quote is one highlight range with exactly the quote's text (anonymous sourcing shares
    // the anonymous group, so the groups may hold more than the quotes).
    const actual = QUOTE_HIGHLIGHTS.flatMap((name) => highlights[name] ?? []).map(squash);
    for (const expected of quoteTexts(state.report)) expect(actual).toContain(expected);
    expect(state.report.quotes.map((quote) => quote.text).join(' ')).toContain(MARKUP_AS_TEXT[0]);

    // The popup prints the page's markup-looking text literally and builds no element from it.
    const quoteList = (await popup.locator('.quote-text').allTextContents()).join(' ');
    for (const markup of MARKUP_AS_TEXT) expect(quoteList).toContain(markup);
    expect(await popup.locator('body img, body script, [onerror]').count()).toBe(0);
    await saveScreenshot(popup, 'popup-hostile-1');

    // The tooltip of the quote that carries the <img> payload, in the closed shadow root.
    const index = state.report.quotes.findIndex((quote) => quote.text.includes('<img'));
    const quote = state.report.quotes[index];
    if (!quote) throw new Error('hostile-1 quotes an <img> tag as text');
    const rangeIndex = (highlights['sourcelight-quote'] ?? [])
      .map(squash)
      .indexOf(quoteTexts(state.report)[index] as string);
    const point = await rangePointIsolated(driver, tabId, 'sourcelight-quote', rangeIndex);
    if (!point) throw new Error('the quote has no line box');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(async () => (await readOverlay(page)).tooltip)
      .toBe(describeQuote(quote, state.report.people));
    const overlay = await readOverlay(page);
    expect(overlay.elements).not.toContain('img');
    expect(overlay.elements).not.toContain('script');

    // No payload ran anywhere, the page's DOM gained no element from its own text, and nothing
    // of ours failed in the page.
    expect(await readPageTraces(driver, tabId)).toEqual({
      hostileErrors: '',
      images: 0,
      scripts: 1,
    });
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
