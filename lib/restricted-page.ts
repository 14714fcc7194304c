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
  if (!url) return 'This tab has no web page that Sourcelight may read.';
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
  if (parsed.protocol === 'file:' && /\.pdf$/i.test(parsed.pathname)) {
    return 'This is a PDF document, not a web page.';
  }
  return null;
}
