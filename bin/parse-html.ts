import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Input that cannot be a web page: the message is for the user. */
export class InputError extends Error {}

/** A parsed page and what was done to make it parseable. */
export interface ParsedPage {
  document: Document;
  /** Notes for the report, e.g. that a giant page was cut short. */
  notes: string[];
}

/** Bytes sniffed to decide whether an input is plausibly a web page. */
const SNIFF_BYTES = 4096;

/** Bytes in which a page must declare its charset (the HTML prescan's window). */
const CHARSET_PRESCAN_BYTES = 1024;

/** Gzip's magic number, so corpora stored as .html.gz can be read directly. */
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Pages above this size are cut short: the largest real news pages in our corpora are 1.6 MB, and
 * jsdom needs seconds per megabyte, so this bounds a run to seconds.
 */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * Deeper elements are flattened into their ancestor at this depth, as Chromium's parser does at 512
 * (kMaximumHTMLParserDOMTreeDepth): jsdom has no such limit, its recursion overflows on pages
 * nested thousands deep, and Readability's cost grows with depth. Real pages nest under 40.
 */
export const MAX_NESTING_DEPTH = 256;

/** Elements that never have a closing tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is raw text, where a "<" is not a tag. */
const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/** Start tags that end an open element of these names (HTML's optional end tags). */
const IMPLIED_END: Record<string, string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};

/** A start or end tag, or a comment. */
/** A <style> element with its sheet, for pages whose CSS jsdom cannot parse. */
const STYLE_ELEMENT_RE = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

const TAG_RE = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/**
 * Parses page bytes into a jsdom Document, charset sniffed from a BOM or <meta> (UTF-8 when the
 * page declares none and is valid UTF-8). Throws InputError for input that cannot be a web page.
 */
export function parseHtml(bytes: Uint8Array, url = 'http://localhost/page.html'): ParsedPage {
  const notes: string[] = [];
  let data = bytes;
  if (data[0] === GZIP_MAGIC[0] && data[1] === GZIP_MAGIC[1]) {
    try {
      data = gunzipSync(data);
    } catch {
      throw new InputError('the file looks gzip-compressed but cannot be decompressed');
    }
  }
  const head = Buffer.from(data.subarray(0, SNIFF_BYTES));
  if (data.length === 0 || !/\S/.test(head.toString('latin1')))
    throw new InputError('the input is empty');
  const isUtf16 = hasUtf16Bom(head);
  if (head.includes(0) && !isUtf16)
    throw new InputError('the input is binary data, not an HTML page');
  if (!/<[a-z!?/]/i.test(head.toString('latin1')) && !isUtf16) {
    throw new InputError('the input does not look like HTML (no tags in its first 4 KB)');
  }
  if (data.length > MAX_INPUT_BYTES) {
    notes.push(
      `Page too large (${formatKb(data.length)}): analysed the first ${formatKb(MAX_INPUT_BYTES)}.`,
    );
    data = data.subarray(0, backToCharBoundary(data, MAX_INPUT_BYTES));
  }
  let contentType = 'text/html';
  let input = Buffer.from(data);
  if (!isUtf16) {
    // Tags are ASCII: scanning the bytes as latin1 and writing them back keeps every byte as it was.
    const { html, flattened } = limitNesting(input.toString('latin1'), MAX_NESTING_DEPTH);
    if (flattened) {
      notes.push(`Elements nested deeper than ${MAX_NESTING_DEPTH} levels were flattened.`);
      input = Buffer.from(html, 'latin1');
    }
    const declared = /charset\s*=/i.test(
      head.subarray(0, CHARSET_PRESCAN_BYTES).toString('latin1'),
    );
    if (!declared && isValidUtf8(input)) contentType = 'text/html; charset=utf-8';
  }
  const parse = (html: Buffer) =>
    new JSDOM(html, {
      url,
      contentType,
      // Page scripts never run; their console noise (CSS parse errors) is not ours to print.
      virtualConsole: new VirtualConsole(),
    });
  try {
    return { document: parse(input).window.document, notes };
  } catch (error) {
    // jsdom's CSS parser throws on some broken style sheets (Sass variables left in a calc(), for
    // one). The engine reads no CSS, so such a page is parsed again without its style sheets.
    const unstyled = input.toString('latin1').replace(STYLE_ELEMENT_RE, '<style></style>');
    if (unstyled.length === input.length) throw error;
    notes.push('The page’s style sheets could not be parsed and were ignored.');
    return { document: parse(Buffer.from(unstyled, 'latin1')).window.document, notes };
  }
}

/**
 * Drops start and end tags nested deeper than `maxDepth` (keeping their text) and says whether it
 * had to. It keeps a stack with the common implied end tags (p, li, td…) rather than running the
 * full tree builder: enough to bound the depth of hostile pages, never to rewrite real ones (the
 * deepest of our 1,300 corpus pages nests under 40).
 */
export function limitNesting(html: string, maxDepth: number): { html: string; flattened: boolean } {
  const open: string[] = [];
  let rawTextEnd: string | null = null;
  let dropped = false;
  const kept = html.replace(TAG_RE, (tag, slash: string, rawName: string, selfClosing: string) => {
    if (!rawName) return tag;
    const name = rawName.toLowerCase();
    if (rawTextEnd) {
      if (slash && name === rawTextEnd) rawTextEnd = null;
      else return tag;
    }
    if (VOID_ELEMENTS.has(name) || selfClosing) return tag;
    if (slash) {
      const at = open.lastIndexOf(name);
      if (at < 0) return tag;
      open.length = at;
      return tag;
    }
    const implied = IMPLIED_END[name];
    if (implied && implied.includes(open.at(-1) ?? '')) open.pop();
    if (RAW_TEXT_ELEMENTS.has(name)) rawTextEnd = name;
    if (open.length >= maxDepth) {
      dropped = true;
      return '';
    }
    open.push(name);
    return tag;
  });
  return { html: dropped ? kept : html, flattened: dropped };
}

/** Moves a cut back off UTF-8 continuation bytes, so the cut page still decodes. */
function backToCharBoundary(data: Uint8Array, cut: number): number {
  let end = cut;
  while (end > 0 && ((data[end] ?? 0) & 0xc0) === 0x80) end--;
  return end;
}

function isValidUtf8(data: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

function hasUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

function formatKb(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
}
