import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/highlight/plan';
import type { Report } from '../../lib/report';
import { launchExtension, openTab, saveScreenshot, type ExtensionHarness } from './harness';
import {
  clickToolbar,
  openDriver,
  rangePoint,
  readHighlights,
  readOverlay,
} from './highlights-driver';

/** The strictest policy a news site could send: no scripts at all, and Trusted Types for sinks. */
const STRICT_CSP = "script-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** The highlight names the quote groups use (see entrypoints/content/paint.ts). */
const QUOTE_HIGHLIGHTS = ['sourcelight-quote', 'sourcelight-anonymous'];

type PageWindow = Window & { pageScriptRan?: boolean; violations?: string[] };

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function quoteTexts(report: Report): string[] {
  const text = report.article?.text ?? '';
  return report.quotes.map((quote) => squash(text.slice(quote.span.start, quote.span.end)));
}

describe('a page with a strict CSP and Trusted Types (Chromium)', () => {
  let harness: ExtensionHarness;
  let driver: Page;
  beforeAll(async () => {
    harness = await launchExtension();
    driver = await openDriver(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('should still highlight the quotes and show their tooltips', async () => {
    const { page, tabId } = await openTab(
      harness,
      `${harness.baseUrl}/fixtures/seed-1/source.html?csp=${encodeURIComponent(STRICT_CSP)}`,
    );
    // The policy is in force: the page's own script never ran, and HTML sinks want trusted types.
    expect(await page.evaluate(() => (window as PageWindow).pageScriptRan)).toBeUndefined();
    const sinkError = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>trusted?</b>';
        return null;
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(sinkError).toBe('TypeError');
    // DevTools' evaluate is exempt from the policy, so it can listen for violations from now on.
    await page.evaluate(() => {
      const violations: string[] = [];
      (window as PageWindow).violations = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const state = await clickToolbar(driver, tabId);
    const highlights = await readHighlights(page);

    expect(state.report.quotes.length).toBeGreaterThan(0);
    expect(state.highlightsOn).toBe(true);
    const actual = QUOTE_HIGHLIGHTS.flatMap((name) => highlights[name] ?? []).map(squash);
    expect(actual.sort()).toEqual(quoteTexts(state.report).sort());

    const index = state.report.quotes.findIndex((quote) => quote.speaker !== null);
    const quote = state.report.quotes[index];
    if (!quote) throw new Error('the seed page has an attributed quote');
    const rangeIndex = (highlights['sourcelight-quote'] ?? [])
      .map(squash)
      .indexOf(quoteTexts(state.report)[index] as string);
    const point = await rangePoint(page, 'sourcelight-quote', rangeIndex);
    if (!point) throw new Error('the quote has no line box');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(async () => (await readOverlay(page)).tooltip)
      .toBe(describeQuote(quote, state.report.people));
    await saveScreenshot(page, 'highlights-strict-csp-tooltip', false);

    expect(await page.evaluate(() => (window as PageWindow).violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
