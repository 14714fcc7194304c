import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openPopup,
  openTab,
  saveScreenshot,
  type ExtensionHarness,
} from './harness';

describe('popup on real pages (Chromium)', () => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchExtension();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('should show the seed article header', async () => {
    const { page, tabId } = await openTab(
      harness,
      `${harness.baseUrl}/fixtures/seed-1/source.html`,
    );
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const popup = await openPopup(harness, tabId);

    await expect
      .poll(() => popup.locator('.article-header .title').textContent())
      .toBe('High Level U.S. And Russian Military Officials Discuss Syria Action');
    const meta = await popup.locator('.article-header .meta').textContent();
    expect(meta).toContain('By Staff Writer');
    expect(meta).toContain('Oct 3, 2015');
    expect(meta).toMatch(/\d+ min read/);
    expect(await popup.locator('.site-name').textContent()).toBe('World Affairs Brief');
    await saveScreenshot(popup, 'popup-seed-1');

    expect(
      await page.evaluate(() => (window as unknown as { pageScriptRan?: boolean }).pageScriptRan),
    ).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('should explain that a search page has no article', async () => {
    const { tabId } = await openTab(
      harness,
      `${harness.baseUrl}/fixtures/search-page-1/source.html`,
    );
    const popup = await openPopup(harness, tabId);

    await expect
      .poll(() => popup.locator('.empty h1').textContent())
      .toBe('No article found on this page');
    expect(await popup.locator('.empty p').textContent()).toMatch(/mostly links/);
    await saveScreenshot(popup, 'popup-no-article');
  });

  it('should explain that browser pages cannot be read', async () => {
    const { tabId } = await openTab(harness, 'chrome://version/');
    const popup = await openPopup(harness, tabId);

    await expect
      .poll(() => popup.locator('.empty h1').textContent())
      .toBe('Sourcelight can’t read this page');
    expect(await popup.locator('.empty p').textContent()).toMatch(/browser or extension page/);
  });

  it('should explain that a network error page cannot be read', async () => {
    // Port 1 is on Chromium's unsafe-port list: the tab shows an error page, where no extension
    // may inject a script, without depending on what listens on the machine.
    const { tabId } = await openTab(harness, 'http://127.0.0.1:1/', { errorPage: true });
    const popup = await openPopup(harness, tabId);

    await expect
      .poll(() => popup.locator('.empty h1').textContent())
      .toBe('Sourcelight can’t read this page');
    expect(await popup.locator('.empty p').textContent()).toBe(
      'This tab shows an error page, not an article.',
    );
  });
});
