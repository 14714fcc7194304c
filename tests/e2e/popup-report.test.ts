import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_DATA } from '../test-data';
import {
  launchExtension,
  openPopup,
  openTab,
  REPORT_TIMEOUT,
  saveScreenshot,
  type ExtensionHarness,
} from './harness';

/** Real pages from the shared corpus the popup is checked on, besides the seed. */
const CORPUS_PAGES = [
  { slug: 'quanta-1', title: 'The Hidden Heroines of Chaos' },
  {
    slug: 'salon-1',
    title: 'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
  },
];

/** Texts of every element matching `selector` in the popup. */
function readTexts(popup: Page, selector: string): Promise<string[]> {
  return popup.locator(selector).allTextContents();
}

/** Waits for the popup's short transitions (the highlights switch) to end before a screenshot. */
async function settle(popup: Page): Promise<void> {
  await popup.locator('[role="switch"]:not([disabled])').waitFor();
  await popup.waitForTimeout(300);
}

describe.each(['light', 'dark'] as const)('popup report in %s mode (Chromium)', (colorScheme) => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchExtension({ colorScheme });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('should list the seed article’s officials and sources', async () => {
    const { tabId } = await openTab(harness, `${harness.baseUrl}/fixtures/seed-1/source.html`);
    const popup = await openPopup(harness, tabId);
    const popupErrors: string[] = [];
    popup.on('pageerror', (error) => popupErrors.push(error.message));

    await expect
      .poll(() => popup.locator('.article-header .title').textContent(), REPORT_TIMEOUT)
      .toBe('High Level U.S. And Russian Military Officials Discuss Syria Action');
    expect(await readTexts(popup, '.section-officials .name')).toEqual(
      expect.arrayContaining(['Ashton Carter', 'Peter Cook', 'John Kerry', 'Bashar al-Assad']),
    );
    expect(await readTexts(popup, '.section-removed .section-lead')).toEqual([
      expect.stringMatching(/comment form/),
    ]);
    await settle(popup);
    await saveScreenshot(popup, `popup-seed-1-${colorScheme}`);
    // The whole report for reviewing the lists: lift the popup's 600px cap on its own scroll.
    await popup.addStyleTag({ content: '.popup { max-height: none !important; }' });
    await saveScreenshot(popup, `popup-seed-1-${colorScheme}-full`);

    expect(await readTexts(popup, '.section-sources .name')).toEqual(
      expect.arrayContaining(['Wsws.org', 'The New York Times', 'Peter Cook', 'John Kerry']),
    );
    expect(popupErrors).toEqual([]);
  });

  it.runIf(HAS_DATA).each(CORPUS_PAGES)(
    'should show the report of $slug',
    async ({ slug, title }) => {
      const { tabId } = await openTab(
        harness,
        `${harness.baseUrl}/data/readability-pages/${slug}/source.html`,
      );
      const popup = await openPopup(harness, tabId);

      await expect
        .poll(() => popup.locator('.article-header .title').textContent(), REPORT_TIMEOUT)
        .toBe(title);
      await expect
        .poll(() => popup.locator('.section-officials, .section-other-people').count())
        .toBeGreaterThan(0);
      await settle(popup);
      await saveScreenshot(popup, `popup-${slug}-${colorScheme}`);
    },
  );
});

describe('popup actions (Chromium)', () => {
  let harness: ExtensionHarness;
  let popup: Page;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    harness = await launchExtension();
    ({ page, tabId } = await openTab(harness, `${harness.baseUrl}/fixtures/seed-1/source.html`));
    popup = await openPopup(harness, tabId);
    await popup.locator('.article-header .title').waitFor({ timeout: REPORT_TIMEOUT.timeout });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('should put the number of quotes on the toolbar badge', async () => {
    // The seed article has three quotes; the list renders them and the badge counts them.
    await expect.poll(() => popup.locator('.section-quotes button.row').count()).toBe(3);
    await expect
      .poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('3');
  });

  it('should reach every control with the keyboard', async () => {
    const reached = new Set<string>();
    for (let step = 0; step < 60; step += 1) {
      await popup.keyboard.press('Tab');
      const name = await popup.evaluate(() => {
        const active = document.activeElement;
        return active && active !== document.body
          ? `${active.tagName}:${active.textContent?.trim()}`
          : null;
      });
      if (name) reached.add(name);
    }

    expect([...reached]).toEqual(
      expect.arrayContaining(['BUTTON:Highlights', 'BUTTON:Copy summary', 'BUTTON:Export JSON']),
    );
  });

  it('should copy the summary to the clipboard', async () => {
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy summary' }).click();

    await expect
      .poll(() => popup.locator('.status-line').textContent())
      .toBe('Summary copied as Markdown.');
    // Playwright can't grant clipboard access to an extension origin ("opaque"): read the shared
    // clipboard back from a web page instead.
    await harness.context.grantPermissions(['clipboard-read'], { origin: harness.baseUrl });
    const { page: reader } = await openTab(
      harness,
      `${harness.baseUrl}/fixtures/seed-1/source.html`,
    );
    await reader.bringToFront();
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    expect(copied).toMatch(/^# High Level U\.S\. And Russian Military Officials Discuss Syria/);
  });

  it('should show a removed comment form again, then hide it', async () => {
    const form = page.getByText('Leave a Reply', { exact: false }).first();
    const toggle = popup.getByRole('button', { name: 'Show comment form in the page' });
    await expect.poll(() => form.isVisible()).toBe(false);

    await toggle.click();

    await expect.poll(() => form.isVisible()).toBe(true);
    await popup.getByRole('button', { name: 'Hide comment form in the page' }).click();
    await expect.poll(() => form.isVisible()).toBe(false);
  });

  it('should turn the highlights off and on', async () => {
    const toggle = popup.getByRole('switch', { name: 'Highlights' });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('should reveal a quote in the page', async () => {
    await popup.locator('.section-quotes button.row').first().click();

    await expect.poll(() => popup.locator('.status-line').textContent()).toBe('');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('should restore the page', async () => {
    await popup.getByRole('button', { name: 'Restore page' }).click();

    await expect
      .poll(() => popup.locator('.status-line').textContent())
      .toBe('Page restored as it was.');
    expect(await popup.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(await page.getByText('Leave a Reply', { exact: false }).first().isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Restore page' }).isDisabled()).toBe(true);
  });

  it('should highlight the site automatically from a click, and stop again', async () => {
    const registeredMatches = () =>
      popup.evaluate(async () => {
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        return scripts.flatMap((script) => script.matches ?? []);
      });
    await popup.bringToFront();
    expect(await registeredMatches()).toEqual([]);

    // A real click. The e2e build already holds 127.0.0.1 (host_permissions), so Chromium grants the
    // request without a prompt, but only within a user gesture: outside one it rejects with "This
    // function must be called during a user gesture" even for a held origin. For an origin it does
    // not hold, headless Chromium shows the prompt and leaves it pending, so the prompt itself is
    // not tested here.
    await popup.getByRole('button', { name: 'Highlight automatically on this site' }).click();

    await expect
      .poll(() => popup.locator('.auto-site-state').textContent())
      .toBe('On for this site');
    await expect.poll(registeredMatches).toEqual(['http://127.0.0.1/*']);
    await settle(popup);
    await saveScreenshot(popup, 'popup-auto-site-on', false);

    await popup
      .getByRole('button', { name: /^Stop highlighting 127\.0\.0\.1:\d+ automatically$/ })
      .click();

    await expect
      .poll(() =>
        popup.getByRole('button', { name: 'Highlight automatically on this site' }).count(),
      )
      .toBe(1);
    await expect.poll(registeredMatches).toEqual([]);
    expect(await popup.locator('.status-line').textContent()).toBe(
      'Automatic highlighting is off for this site.',
    );
  });

  it('should download the report as JSON', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/^sourcelight-high-level-.*\.json$/);
  });
});
