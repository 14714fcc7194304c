/// <reference types="chrome" />
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, startPageServer } from './harness';

/** Debian's Firefox ESR: like Chromium, never a browser downloaded by a tool. */
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox test build (`npm run build:e2e` makes it beside the Chromium one). */
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');

const GECKO_ID = 'sourcelight@sourcelight.example';

/** Pinned through a pref so the test knows the moz-extension:// origin before installing. */
const EXTENSION_UUID = '5b1e7c52-0d6a-4c3e-9a51-2f0c8e1d7a10';

const POPUP_URL = `moz-extension://${EXTENSION_UUID}/popup.html`;

function firefoxAvailable(): boolean {
  if (existsSync(FIREFOX_PATH)) return true;
  const message = `[firefox-smoke] no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
  // CI installs Firefox (.ci/run), so there a missing browser is a failure, not a skip.
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}: skipped`);
  return false;
}

/**
 * Opens an extension page from a loopback page: WebDriver BiDi will not navigate to
 * moz-extension:// itself, and the Firefox test build makes popup.html reachable from 127.0.0.1.
 */
async function openExtensionPage(browser: Browser, baseUrl: string, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/fixtures/seed-1/source.html?opener`);
  await page.evaluate((target) => {
    window.location.href = target;
  }, url);
  await page.waitForFunction(() => location.protocol === 'moz-extension:', { polling: 100 });
  return page;
}

describe.runIf(firefoxAvailable())('smoke test in Firefox', () => {
  let browser: Browser;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No Firefox test build at ${EXTENSION_DIR}: run "npm run build:e2e" first`);
    }
    server = await startPageServer([]);
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    expect(await browser.installExtension(EXTENSION_DIR)).toBe(GECKO_ID);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  it('should report and highlight the seed article', async () => {
    const article = await browser.newPage();
    const pageErrors: string[] = [];
    article.on('pageerror', (error) => pageErrors.push(String(error)));
    await article.goto(`${baseUrl}/fixtures/seed-1/source.html`);

    const probe = await openExtensionPage(browser, baseUrl, `${POPUP_URL}?tab=-1`);
    const tabId = await probe.evaluate(async (target) => {
      // `chrome` rather than `browser`: the latter names the test's own Browser here.
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === target)?.id ?? null;
    }, article.url());
    await probe.close();
    expect(tabId).not.toBeNull();

    const popup = await openExtensionPage(browser, baseUrl, `${POPUP_URL}?tab=${tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    // The header is laid out before the report arrives (no layout jump), so wait for its text.
    await popup.waitForFunction(
      (expected) => document.querySelector('.article-header .title')?.textContent === expected,
      { timeout: 20_000, polling: 100 },
      'High Level U.S. And Russian Military Officials Discuss Syria Action',
    );
    const popupText = await popup.evaluate(() => document.body.innerText);
    expect(popupText).toContain('Re-reported from Wsws.org');
    for (const name of ['Ashton Carter', 'Peter Cook', 'John Kerry', 'Bashar al-Assad']) {
      expect(popupText).toContain(name);
    }
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await popup.screenshot({
      path: join(ARTIFACTS_DIR, 'firefox-popup-seed-1.png'),
      fullPage: true,
    });

    // Firefox shares the page's highlight registry with content scripts, so the page can read it.
    const highlighted = await article.evaluate(() =>
      [...CSS.highlights.entries()].map(([name, highlight]) => ({
        name,
        texts: [...highlight].map((range) => range.toString()),
      })),
    );
    const quotes = highlighted.find(({ name }) => name === 'sourcelight-quote')?.texts ?? [];
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(quotes.some((text) => text.includes('agreed to further discuss'))).toBe(true);
    expect(
      highlighted.find(({ name }) => name === 'sourcelight-cue')?.texts.length,
    ).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
