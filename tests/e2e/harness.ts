/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DATA_DIR, FIXTURES_DIR } from '../test-data';

/** Debian's Chromium: tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The test build: like the shipped one plus a loopback host permission (see wxt.config.ts). */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/** Screenshots and other artifacts of the browser suites. */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../artifacts');

/**
 * How long a popup may take to show its report: the first click in a fresh browser runs a cold
 * engine, and quanta-1 is 3,000 words, on a slow machine.
 */
export const REPORT_TIMEOUT = { timeout: 20_000 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** A running Chromium with the extension loaded, and a loopback server for test pages. */
export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  /** Base URL of the page server: /fixtures/<slug>/… and /data/<corpus path>. */
  baseUrl: string;
  /** Requests the page server answered, for tests that check what was fetched. */
  served: string[];
  close(): Promise<void>;
}

/** Starts the page server and Chromium with the e2e build loaded. */
export async function launchExtension(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionHarness> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium)`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run "npm run build:e2e" first`);
  }
  const served: string[] = [];
  const server = await startPageServer(served);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    extensionId: unpackedExtensionId(EXTENSION_DIR),
    baseUrl: `http://127.0.0.1:${port}`,
    served,
    async close() {
      await context.close();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hash = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Opens `url` in a tab and returns the tab's page and its browser tab id. With `errorPage`, the
 * navigation is expected to fail and the tab to show the browser's network error page.
 */
export async function openTab(
  harness: ExtensionHarness,
  url: string,
  options: { errorPage?: boolean } = {},
): Promise<{ page: Page; tabId: number }> {
  const page = await harness.context.newPage();
  if (options.errorPage) {
    const failed = await page.goto(url).then(
      () => false,
      () => true,
    );
    if (!failed) throw new Error(`${url} loaded, but the test expects an error page`);
  } else {
    await page.goto(url);
  }
  // An error page keeps the URL it failed to load in the tab, not in the page.
  const tabId = await findTabId(harness, options.errorPage ? url : page.url());
  return { page, tabId };
}

/**
 * Opens the popup as a page pointed at `tabId` (a popup opened as a tab would see itself as
 * active).
 */
export async function openPopup(harness: ExtensionHarness, tabId: number): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Saves a screenshot under tests/artifacts/ and returns its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

async function findTabId(harness: ExtensionHarness, url: string): Promise<number> {
  const probe = await harness.context.newPage();
  await probe.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=-1`);
  const id = await probe.evaluate(async (target) => {
    // A failed navigation gives the tab its URL a moment after goto has failed: retry briefly.
    for (let attempt = 0; attempt < 20; attempt++) {
      const tabs = await chrome.tabs.query({});
      const exact = tabs.find((tab) => tab.url === target);
      // Browser pages hide their URL from the extension: take the newest such tab.
      const hidden = tabs.filter((tab) => tab.url === undefined && !target.startsWith('http'));
      const found = exact?.id ?? hidden.at(-1)?.id;
      if (found !== undefined) return found;
      await new Promise((done) => setTimeout(done, 100));
    }
    return null;
  }, url);
  await probe.close();
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Serves /fixtures/… and /data/… on a loopback port, recording each path in `served`. */
export function startPageServer(served: string[]): Promise<Server> {
  const roots: Record<string, string> = { fixtures: FIXTURES_DIR, data: DATA_DIR };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    const [, rootName, ...rest] = url.pathname.split('/');
    const root = roots[rootName ?? ''];
    const path = root ? normalize(join(root, ...rest.map(decodeURIComponent))) : '';
    if (!root || !path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    };
    const csp = url.searchParams.get('csp');
    if (csp) headers['content-security-policy'] = csp;
    response.writeHead(200, headers).end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
