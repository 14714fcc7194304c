/** URL schemes where browsers never let an extension run a content script. */
const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'edge:',
  'about:',
  'moz-extension:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'resource:',
];

/** Extension stores, where browsers block content scripts. */
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/** Explains why the extension cannot read the page at `url`, or returns null when it can try. */
export function describeRestrictedPage(url: string | undefined): string | null {
  // With activeTab granted, the URL is hidden only where the browser forbids extensions.
  if (!url) return 'This is a browser or extension page; extensions are not allowed to read it.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no web page that Sourcelight may read.';
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) {
    return 'This is a browser page; extensions are not allowed to read it.';
  }
  if (STORE_HOSTS.includes(parsed.hostname)) {
    return 'Browsers do not let extensions read the extension store.';
  }
  // Chromium injects into its PDF viewer's page without error, leaving only "no article" to say.
  if (/\.pdf$/i.test(parsed.pathname)) return 'This is a PDF document, not a web page.';
  return null;
}

/** Why a saved page (file://) was refused: browsers keep file access off until the reader allows it. */
const FILE_ACCESS_MESSAGE =
  'To read a page saved on your computer, turn on “Allow access to file URLs” for Sourcelight on the browser’s extensions page.';

/**
 * Turns the browser's refusal to inject the content script into `url` (the tab's, when known) into
 * a message for the reader.
 */
export function describeInjectionError(message: string, url?: string): string {
  // Chromium words a refused file:// page like any missing host permission, so go by the URL.
  if (url?.startsWith('file:') && /permission|Cannot access/i.test(message)) {
    return FILE_ACCESS_MESSAGE;
  }
  if (/gallery|webstore/i.test(message))
    return 'Browsers do not let extensions read the extension store.';
  if (/chrome:\/\/|about:|edge:\/\/|chrome-extension:|moz-extension:/i.test(message)) {
    return 'This is a browser or extension page; extensions are not allowed to read it.';
  }
  if (/error page/i.test(message)) return 'This tab shows an error page, not an article.';
  if (/permission|Cannot access/i.test(message)) {
    return 'Sourcelight may read a page only after you click its toolbar button on that page. Click it again.';
  }
  return `Sourcelight cannot read this page (${message}).`;
}

/** How long the popup waits for the page's analysis before telling the reader. */
export const ANALYSIS_TIMEOUT_MS = 20_000;

/** Rejects with a reader-facing message when `work` takes longer than `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Turns a failed exchange with the content script into a message for the reader. */
export function describeMessagingError(message: string): string {
  if (
    /Receiving end does not exist|Could not establish connection|message port closed/i.test(message)
  ) {
    return 'The page changed or closed while Sourcelight was reading it. Click the toolbar button again.';
  }
  if (/Extension context invalidated/i.test(message)) {
    return 'Sourcelight was updated while this page was open. Reload the page and try again.';
  }
  return message;
}
