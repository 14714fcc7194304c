import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A page given to Node tools: bytes as read from disk or stdin. */
export class InputError extends Error {}

/** Bytes sniffed to decide whether an input is plausibly a web page. */
const SNIFF_BYTES = 4096;

/** Gzip's magic number, so corpora stored as .html.gz can be read directly. */
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Parses page bytes into a jsdom Document (which sniffs the charset from a BOM or <meta>). Throws
 * InputError for input that cannot be a web page.
 */
export function parseHtml(bytes: Uint8Array, url = 'http://localhost/page.html'): Document {
  let data = bytes;
  if (data[0] === GZIP_MAGIC[0] && data[1] === GZIP_MAGIC[1]) {
    try {
      data = gunzipSync(data);
    } catch {
      throw new InputError('the file looks gzip-compressed but cannot be decompressed');
    }
  }
  if (
    data.length === 0 ||
    !/\S/.test(Buffer.from(data.subarray(0, SNIFF_BYTES)).toString('latin1'))
  ) {
    throw new InputError('the input is empty');
  }
  const head = data.subarray(0, SNIFF_BYTES);
  if (head.includes(0) && !hasUtf16Bom(head)) {
    throw new InputError('the input is binary data, not an HTML page');
  }
  if (!/<[a-z!?/]/i.test(Buffer.from(head).toString('latin1')) && !hasUtf16Bom(head)) {
    throw new InputError('the input does not look like HTML (no tags in its first 4 KB)');
  }
  const dom = new JSDOM(Buffer.from(data), {
    url,
    contentType: 'text/html',
    // Page scripts never run; their console noise (CSS parse errors) is not ours to print.
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}

function hasUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}
