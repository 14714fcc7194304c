import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupActions } from '../../entrypoints/popup/connector';
import { ANALYSIS_TIMEOUT_MS } from '../../lib/restricted-page';

/** Opens a tab at `url` and points the popup at it, as the e2e tests do with `?tab=<id>`. */
async function openPopupFor(url: string): Promise<void> {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.stubGlobal('location', { search: `?tab=${tab.id}` });
}

describe('the popup connector (load)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('should tell the reader when the analysis takes too long', async () => {
    vi.useFakeTimers();
    await openPopupFor('https://news.example/2026/story.html');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    // A content script that never answers (a page busy in a long task).
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => {}) as never);

    const actual = createPopupActions().load();
    await vi.advanceTimersByTimeAsync(ANALYSIS_TIMEOUT_MS + 1);

    await expect(actual).resolves.toEqual({
      status: 'error',
      message: expect.stringMatching(/took too long to analyse \(over 20 seconds\)/),
    });
  });

  it('should ask for file access when a saved page cannot be read', async () => {
    await openPopupFor('file:///home/reader/story.html');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    );

    const actual = await createPopupActions().load();

    expect(actual).toEqual({
      status: 'unavailable',
      message: expect.stringMatching(/Allow access to file URLs/),
    });
  });
});
