import { describe, expect, it, vi } from 'vitest';
import {
  describeInjectionError,
  describeMessagingError,
  describeRestrictedPage,
  withTimeout,
} from '../../lib/restricted-page';

describe('describeRestrictedPage', () => {
  it.each([
    ['chrome://extensions/', /browser page/],
    ['about:blank', /browser page/],
    ['view-source:https://example.org/', /browser page/],
    ['https://chromewebstore.google.com/detail/abc', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['file:///home/reader/report.pdf', /PDF document/],
    ['https://www.congress.gov/118/bills/hr1/BILLS-118hr1ih.pdf', /PDF document/],
    [undefined, /browser or extension page/],
    ['not a url', /no web page/],
  ])('should explain why %s cannot be read', (input, expected) => {
    expect(describeRestrictedPage(input)).toMatch(expected);
  });

  it.each([
    'https://www.nytimes.com/2015/10/03/world/syria.html',
    'http://127.0.0.1:8080/page.html',
    'file:///tmp/saved.html',
  ])('should let the extension try %s', (input) => {
    expect(describeRestrictedPage(input)).toBeNull();
  });
});

describe('describeInjectionError', () => {
  // Messages as Chromium 156 words them for chrome.scripting.executeScript.
  it.each([
    ['The extensions gallery cannot be scripted.', /extension store/],
    ['Cannot access a chrome:// URL', /browser or extension page/],
    [
      'Cannot access contents of url "chrome-extension://abc/page.html".',
      /browser or extension page/,
    ],
    ['Frame with ID 0 is showing error page', /error page/],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      /click its toolbar button/,
    ],
    ['Something new', /cannot read this page \(Something new\)/],
  ])('should turn "%s" into a message for the reader', (input, expected) => {
    expect(describeInjectionError(input)).toMatch(expected);
  });

  it('should ask for file access when a saved page is refused', () => {
    // Chromium 156's words for a file:// tab when "Allow access to file URLs" is off.
    const input =
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

    expect(describeInjectionError(input, 'file:///home/reader/story.html')).toMatch(
      /Allow access to file URLs/,
    );
    expect(describeInjectionError(input, 'https://example.org/story')).toMatch(
      /click its toolbar button/,
    );
  });
});

describe('describeMessagingError', () => {
  it.each([
    ['Could not establish connection. Receiving end does not exist.', /changed or closed/],
    ['Extension context invalidated.', /Reload the page/],
    ['Readability failed', /^Readability failed$/],
  ])('should turn "%s" into a message for the reader', (input, expected) => {
    expect(describeMessagingError(input)).toMatch(expected);
  });
});

describe('withTimeout', () => {
  it('should reject with the message when the work takes too long', async () => {
    vi.useFakeTimers();
    const actual = withTimeout(new Promise(() => {}), 1000, 'too slow');
    vi.advanceTimersByTime(1001);
    await expect(actual).rejects.toThrow('too slow');
    vi.useRealTimers();
  });

  it('should pass the result through when the work is quick', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'too slow')).resolves.toBe(42);
  });
});
