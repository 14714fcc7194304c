import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_ORIGINS_KEY } from '../../entrypoints/background/auto-sites';
import { createPopupActions } from '../../entrypoints/popup/connector';
import { buildMockPage } from '../components/mock-report';

/** The test environment's own `location`, put back after each test. */
const ORIGINAL_LOCATION = globalThis.location;

/** Opens a tab at `url`, points the popup at it and lets the content script answer with a page. */
async function openPopupFor(url: string): Promise<void> {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.stubGlobal('location', { search: `?tab=${tab.id}` });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  // @webext-core/messaging calls chrome.tabs.sendMessage with a callback for the reply.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((...args: unknown[]) => {
    const reply = { res: buildMockPage() };
    const callback = args.at(-1);
    if (typeof callback === 'function') callback(reply);
    return Promise.resolve(reply);
  }) as never);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
}

describe('the popup connector (highlight automatically on this site)', () => {
  // fakeBrowser implements no permissions API: the grants live here.
  let granted: Set<string>;
  let request: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    granted = new Set();
    request = vi.fn(({ origins }: { origins: string[] }) => {
      origins.forEach((origin) => granted.add(origin));
      return Promise.resolve(true);
    });
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((({
      origins,
    }: {
      origins: string[];
    }) => Promise.resolve(origins.every((origin) => granted.has(origin)))) as never);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((({
      origins,
    }: {
      origins: string[];
    }) => Promise.resolve(origins.every((origin) => granted.delete(origin)))) as never);
  });
  afterEach(() => {
    // Not vi.unstubAllGlobals(): that would also take away the `chrome` WxtVitest provides.
    vi.stubGlobal('location', ORIGINAL_LOCATION);
  });

  it('should give the page’s site, off until the reader opts in', async () => {
    await openPopupFor('https://news.example/2026/story.html');

    const actual = await createPopupActions().load();

    expect(actual).toMatchObject({
      status: 'ready',
      site: { origin: 'https://news.example', on: false },
    });
  });

  it('should show a site as on only while its permission is still granted', async () => {
    await fakeBrowser.storage.local.set({ [AUTO_ORIGINS_KEY]: ['https://news.example'] });
    await openPopupFor('https://news.example/2026/story.html');

    // Revoked in the browser's own settings: opted in, but no longer allowed.
    expect(await createPopupActions().load()).toMatchObject({ site: { on: false } });
    granted.add('https://news.example/*');
    expect(await createPopupActions().load()).toMatchObject({ site: { on: true } });
  });

  it('should ask for the permission in the same task as the click, then opt the site in', async () => {
    await openPopupFor('https://news.example/2026/story.html');
    const actions = createPopupActions();
    await actions.load();

    const actual = actions.setAutoHighlight(true);
    // Synchronously: a browser shows the prompt only while the click's user gesture lasts.
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });

    await expect(actual).resolves.toBe(true);
    expect(await fakeBrowser.storage.local.get(AUTO_ORIGINS_KEY)).toEqual({
      [AUTO_ORIGINS_KEY]: ['https://news.example'],
    });
  });

  it('should leave the site off when the reader denies the permission', async () => {
    await openPopupFor('https://news.example/2026/story.html');
    request.mockResolvedValue(false);
    const actions = createPopupActions();
    await actions.load();

    await expect(actions.setAutoHighlight(true)).resolves.toBe(false);
    expect(await fakeBrowser.storage.local.get(AUTO_ORIGINS_KEY)).toEqual({});
  });

  it('should opt the site out and give its permission back', async () => {
    granted.add('https://news.example/*');
    await fakeBrowser.storage.local.set({ [AUTO_ORIGINS_KEY]: ['https://news.example'] });
    await openPopupFor('https://news.example/2026/story.html');
    const actions = createPopupActions();
    await actions.load();

    await expect(actions.setAutoHighlight(false)).resolves.toBe(false);

    expect(granted.has('https://news.example/*')).toBe(false);
    expect(await fakeBrowser.storage.local.get(AUTO_ORIGINS_KEY)).toEqual({
      [AUTO_ORIGINS_KEY]: [],
    });
  });
});
