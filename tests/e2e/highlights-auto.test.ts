import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERF_MARKS } from '../../entrypoints/content/perf-marks';
import { launchExtension, openTab, type ExtensionHarness } from './harness';
import { openDriver, readHighlights, readOverlay } from './highlights-driver';

/** How long a page may take to start highlighting on its own after loading. */
const AUTO_TIMEOUT_MS = 10_000;

describe('highlight automatically on an opted-in site (Chromium)', () => {
  let harness: ExtensionHarness;
  let options: Page;

  beforeAll(async () => {
    harness = await launchExtension();
    options = await openDriver(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function registeredMatches(): Promise<string[]> {
    return options.evaluate(async () => {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      return scripts.flatMap((script) => script.matches ?? []);
    });
  }

  it('should highlight articles of the site on load once the reader allows it, and stop on revoke', async () => {
    // The reader types the site and clicks "Allow" (a real click: permissions need a gesture).
    await options.fill('#site', harness.baseUrl);
    await options.click('#add-site button[type=submit]');
    await expect.poll(() => options.locator('#status').textContent()).toMatch(/^Added /);
    await expect.poll(registeredMatches).toEqual(['http://127.0.0.1/*']);
    expect(await options.locator('#sites li').allTextContents()).toEqual([
      expect.stringContaining(harness.baseUrl),
    ]);

    const article = await openTab(harness, `${harness.baseUrl}/fixtures/seed-1/source.html?auto=1`);
    const pageErrors: string[] = [];
    article.page.on('pageerror', (error) => pageErrors.push(error.message));
    await expect
      .poll(async () => Object.keys(await readHighlights(article.page)).length, {
        timeout: AUTO_TIMEOUT_MS,
      })
      .toBeGreaterThan(0);
    expect(await countEngineLoads(article.page)).toBe(1);

    // A page that is no article (isProbablyReaderable false) is left alone: nothing is added, and
    // the engine is not even loaded.
    const search = await openTab(harness, `${harness.baseUrl}/fixtures/search-page-1/source.html`);
    await search.page.waitForTimeout(1000);
    expect(await readHighlights(search.page)).toEqual({});
    expect((await readOverlay(search.page)).present).toBe(false);
    expect(await countEngineLoads(search.page)).toBe(0);

    await options.click('#sites li button');
    await expect.poll(registeredMatches).toEqual([]);
    const after = await openTab(harness, `${harness.baseUrl}/fixtures/seed-1/source.html?auto=2`);
    await after.page.waitForTimeout(1000);
    expect(await readHighlights(after.page)).toEqual({});
    expect(pageErrors).toEqual([]);
  });
});

/** How many times the content script loaded the engine into `page` (its performance measure). */
function countEngineLoads(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name).length, PERF_MARKS.engineLoad);
}
