/// <reference types="chrome" />
import type { Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openPopup,
  openTab,
  REPORT_TIMEOUT,
  type ExtensionHarness,
} from './harness';
import { rangePoint } from './highlights-driver';

/**
 * Where the deliberate probes go: another loopback address (nothing listens there), so a request
 * the recorder must see never leaves the machine.
 */
const PROBE_ORIGIN = 'http://127.0.0.2:9';

/** One request seen by the browser context, and which of the extension's contexts made it. */
interface Recorded {
  url: string;
  /** "service worker", or the URL of the page whose frame made it (the content script's is the tab). */
  from: string;
}

function describeRequest(request: Request): Recorded {
  // Playwright reports service-worker requests with no frame (Chromium 143+ via its worker target).
  const worker = request.serviceWorker();
  return {
    url: request.url(),
    from: worker ? 'service worker' : request.frame().page().url(),
  };
}

async function findServiceWorker(harness: ExtensionHarness): Promise<Worker> {
  const prefix = `chrome-extension://${harness.extensionId}/`;
  const running = harness.context
    .serviceWorkers()
    .find((worker) => worker.url().startsWith(prefix));
  return (
    running ??
    (await harness.context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().startsWith(prefix),
    }))
  );
}

describe('privacy: the requests Sourcelight makes (Chromium)', () => {
  let harness: ExtensionHarness;
  const requests: Request[] = [];
  beforeAll(async () => {
    harness = await launchExtension();
    // Pages, frames (with the content script's isolated world) and the extension's service worker.
    harness.context.on('request', (request) => requests.push(request));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('should reach only the page itself and its own files during a full use', async () => {
    const { page, tabId } = await openTab(
      harness,
      `${harness.baseUrl}/fixtures/seed-1/source.html`,
    );
    // What the page fetched for itself; the extension's use must add nothing, not even locally.
    const servedByPage = harness.served.length;
    const popup = await openPopup(harness, tabId);
    await expect
      .poll(() => popup.locator('.article-header .title').textContent(), REPORT_TIMEOUT)
      .toBeTruthy();
    // Hover a highlight for the in-page tooltip, then work every control of the popup.
    const point = await rangePoint(page, 'sourcelight-quote', 0);
    if (point) await page.mouse.move(point.x, point.y);
    const highlights = popup.locator('button.switch');
    await highlights.click();
    await expect.poll(() => highlights.getAttribute('aria-checked')).toBe('false');
    await highlights.click();
    await expect.poll(() => highlights.getAttribute('aria-checked')).toBe('true');
    await popup.locator('.row.quote').first().click();
    const removed = popup.locator('.removed-item .chip-button').first();
    await removed.click();
    await expect.poll(() => removed.textContent()).toBe('Hide');
    await removed.click();
    await expect.poll(() => removed.textContent()).toBe('Show');
    await popup.getByRole('button', { name: 'Restore page' }).click();
    await expect.poll(() => highlights.getAttribute('aria-checked')).toBe('false');
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await expect.poll(() => options.locator('#sites li').textContent()).toBe('No sites yet.');

    const recorded = requests.map(describeRequest);
    // Prefixes, not URL.origin: Node gives chrome-extension: URLs the origin "null".
    const allowed = [`${harness.baseUrl}/`, `chrome-extension://${harness.extensionId}/`];
    const elsewhere = recorded.filter(
      ({ url }) => !allowed.some((prefix) => url.startsWith(prefix)),
    );
    expect(elsewhere).toEqual([]);
    expect(harness.served.slice(servedByPage)).toEqual([]);
    // The recorder saw the use at all: the page, the popup's and the options page's own files.
    const froms = new Set(recorded.map(({ from }) => from));
    expect([...froms]).toEqual(expect.arrayContaining([page.url(), popup.url(), options.url()]));
    console.info(
      `privacy: ${recorded.length} requests during the use, by context:`,
      Object.fromEntries(
        [...froms].map((from) => [from, recorded.filter((r) => r.from === from).length]),
      ),
    );

    // The recorder must see a request from each context that could make one; else this test
    // would pass for an extension that phones home.
    const worker = await findServiceWorker(harness);
    const probes = {
      popup: `${PROBE_ORIGIN}/probe-popup`,
      options: `${PROBE_ORIGIN}/probe-options`,
      worker: `${PROBE_ORIGIN}/probe-service-worker`,
      content: `${PROBE_ORIGIN}/probe-content-script`,
    };
    const probe = (url: string) => fetch(url, { mode: 'no-cors' }).catch(() => null);
    await popup.evaluate(probe, probes.popup);
    await options.evaluate(probe, probes.options);
    await worker.evaluate(probe, probes.worker);
    await popup.evaluate(
      async ({ id, url }) => {
        await chrome.scripting.executeScript({
          target: { tabId: id },
          world: 'ISOLATED',
          args: [url],
          func: (target: string) => void fetch(target, { mode: 'no-cors' }).catch(() => null),
        });
      },
      { id: tabId, url: probes.content },
    );

    await expect
      .poll(() => requests.map(describeRequest).filter(({ url }) => url.startsWith(PROBE_ORIGIN)))
      .toEqual(
        expect.arrayContaining([
          { url: probes.popup, from: popup.url() },
          { url: probes.options, from: options.url() },
          { url: probes.worker, from: 'service worker' },
          { url: probes.content, from: page.url() },
        ]),
      );
  });
});
