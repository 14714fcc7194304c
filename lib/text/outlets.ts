import OUTLETS_DATA from '../lexicons/outlets.json';
import type { TextSpan } from '../report';

/** A news organisation from the outlets lexicon. */
export interface Outlet {
  /** Canonical name ("The New York Times"). */
  name: string;
  /** Other ways articles write it ("New York Times", "the Times", "NYT"). */
  variants: string[];
  /** Web domains ("nytimes.com"). */
  domains: string[];
}

/** Where an outlet is named in a text. */
export interface OutletMention extends TextSpan {
  /** The lexicon outlet, or a synthetic one for a bare domain ("Wsws.org"). */
  outlet: Outlet;
}

interface OutletRecord {
  name: string;
  variants: string[];
  domains: string[];
  matchName?: boolean;
}

/** Every outlet of the lexicon. */
export const OUTLETS: readonly Outlet[] = (OUTLETS_DATA.outlets as OutletRecord[]).map(
  ({ name, variants, domains }) => ({ name, variants, domains }),
);

/** Leading article dropped before lookup, so "the Times" and "The Times" meet. */
const LEADING_THE = /^the\s*/i;

/** A bare web domain used as a name ("Wsws.org", "Breitbart.com"). */
const DOMAIN_NAME =
  /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co\.uk|news|info|us|uk|de|fr|ru|ca|au|io)$/iu;

/** Case-insensitive keys: canonical names, variants (article dropped) and domains. */
const OUTLET_BY_KEY = new Map<string, Outlet>();
/** Surface forms matched in running text, case-sensitive, longest first. */
const SURFACE_FORMS: { form: string; outlet: Outlet }[] = [];

(OUTLETS_DATA.outlets as OutletRecord[]).forEach((record, index) => {
  const outlet = OUTLETS[index] as Outlet;
  const names = [...(record.matchName === false ? [] : [record.name]), ...record.variants];
  for (const form of [record.name, ...record.variants]) {
    OUTLET_BY_KEY.set(form.replace(LEADING_THE, '').toLowerCase(), outlet);
  }
  for (const domain of record.domains) OUTLET_BY_KEY.set(domain.toLowerCase(), outlet);
  for (const form of names) {
    SURFACE_FORMS.push({ form: form.replace(LEADING_THE, ''), outlet });
  }
  for (const domain of record.domains) SURFACE_FORMS.push({ form: domain, outlet });
});
SURFACE_FORMS.sort((a, b) => b.form.length - a.form.length);
const UNIQUE_FORMS = [...new Set(SURFACE_FORMS.map((s) => s.form))];

const SURFACE_BY_FORM = new Map(SURFACE_FORMS.map((s) => [s.form, s.outlet]));

/** Forms indexed by their first word, longest first, so a text is scanned word by word. */
const FORMS_BY_FIRST_WORD = new Map<string, string[]>();
for (const form of UNIQUE_FORMS) {
  const first = /^[^\s]+/.exec(form)?.[0] ?? form;
  const forms = FORMS_BY_FIRST_WORD.get(first);
  if (forms) forms.push(form);
  else FORMS_BY_FIRST_WORD.set(first, [form]);
}

/**
 * Code point classes for {@link nextWord}: a letter or digit, and one that starts a word (an
 * upper-case letter or a digit).
 */
const IN_WORD = 1;
const STARTS_WORD = 2;

/** Classes of the non-ASCII code points met so far: they are rare but slow to test by regex. */
const NON_ASCII_CLASS = new Map<number, number>();

const UPPER_CASE_OR_DIGIT = /^(?:\p{Lu}|\p{N})$/u;
const LETTER_OR_DIGIT = /^(?:\p{L}|\p{N})$/u;

function classOf(code: number): number {
  if (code < 128) {
    if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return IN_WORD | STARTS_WORD;
    return code >= 97 && code <= 122 ? IN_WORD : 0;
  }
  let found = NON_ASCII_CLASS.get(code);
  if (found === undefined) {
    const ch = String.fromCodePoint(code);
    found =
      (LETTER_OR_DIGIT.test(ch) ? IN_WORD : 0) | (UPPER_CASE_OR_DIGIT.test(ch) ? STARTS_WORD : 0);
    NON_ASCII_CLASS.set(code, found);
  }
  return found;
}

/** True for what joins the parts of a word ("U.S", "Yahoo!News", "AT&T", "ABC-CNN"). */
function isWordJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2d || code === 0x21 || code === 0x26;
}

/** The end of the run of letters and digits at `at`, `at` itself when there is none. */
function endOfLetters(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (!(classOf(code) & IN_WORD)) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

/**
 * The next capitalised word or number of running text from `from`, where every outlet form starts
 * ("CNN", "538"): an upper-case letter or digit, then letters and digits, with parts joined by one
 * of . - ! & ("Yahoo!News"). It may start inside a lower-case word ("theNew York Times"). A
 * hand-written scanner: a regular expression matching each of an article's capitalised words took a
 * fifth of the sourcing engine's time.
 */
function nextWord(
  text: string,
  from: number,
): { start: number; end: number; joiner: number } | null {
  let start = from;
  while (start < text.length) {
    const code = text.codePointAt(start) as number;
    if (classOf(code) & STARTS_WORD) break;
    start += code > 0xffff ? 2 : 1;
  }
  if (start >= text.length) return null;
  let end = endOfLetters(text, start);
  let joiner = -1;
  while (end < text.length && isWordJoiner(text.charCodeAt(end))) {
    const partEnd = endOfLetters(text, end + 1);
    if (partEnd === end + 1) break;
    if (joiner < 0) joiner = end;
    end = partEnd;
  }
  return { start, end, joiner };
}

/**
 * Page text sometimes loses the space between an inline element and its neighbour ("theNew York
 * Times", tests/fixtures/seed-1): a capital glued to a lower-case "the" still starts a word.
 */
const GLUED_THE = /(?<!\p{L}|\p{N})the$/u;

/** A letter or digit: a form must not run on into one. */
const WORD_CHAR = /(?:\p{L}|\p{N})/u;

/** A domain written in running text ("Wsws.org reports"), matched from its ending for speed. */
const DOMAIN_ENDING = /\.(?:com|org|net|co\.uk)(?!\p{L}|\p{N}|\.\p{L})/giu;

/** A character of a domain name, read backwards from the ending. */
const DOMAIN_CHAR = /(?:\p{L}|\p{N}|[.-])/u;

/**
 * Looks a name up in the outlets lexicon ("the Times", "NYT", "nytimes.com") and returns the
 * outlet, or null.
 */
export function lookupOutlet(name: string): Outlet | null {
  const key = name
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/.*$/, '');
  const found = OUTLET_BY_KEY.get(key.replace(LEADING_THE, '').toLowerCase());
  if (found) return found;
  // A hostname like "edition.cnn.com": try its registrable tail.
  const parts = key.toLowerCase().split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const tail = OUTLET_BY_KEY.get(parts.slice(i).join('.'));
    if (tail) return tail;
  }
  return null;
}

/** True when `name` looks like a web domain used as a source name ("Wsws.org"). */
export function isDomainName(name: string): boolean {
  return DOMAIN_NAME.test(name.trim());
}

/** Finds every outlet named in `text`: lexicon forms and bare domains, in text order. */
export function findOutletMentions(text: string): OutletMention[] {
  const mentions: OutletMention[] = [];
  for (let word = nextWord(text, 0); word; word = nextWord(text, word.end)) {
    const { start, end: wordEnd, joiner } = word;
    // The lookup first, as few capitalised words start an outlet's name: the word, else its first
    // part ("Yahoo" of "Yahoo!News").
    const forms =
      FORMS_BY_FIRST_WORD.get(text.slice(start, wordEnd)) ??
      (joiner >= 0 ? FORMS_BY_FIRST_WORD.get(text.slice(start, joiner)) : undefined);
    if (!forms) continue;
    if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) {
      if (!GLUED_THE.test(text.slice(Math.max(0, start - 4), start))) continue;
    }
    for (const form of forms) {
      if (!text.startsWith(form, start)) continue;
      const end = start + form.length;
      if (
        WORD_CHAR.test(text[end] ?? ' ') ||
        (text[end] === '.' && WORD_CHAR.test(text[end + 1] ?? ' '))
      ) {
        continue;
      }
      if (mentions.length > 0 && (mentions[mentions.length - 1] as OutletMention).end > start)
        break;
      mentions.push({ start, end, outlet: SURFACE_BY_FORM.get(form) as Outlet });
      break;
    }
  }
  for (const match of text.matchAll(DOMAIN_ENDING)) {
    const end = match.index + match[0].length;
    let start = match.index;
    while (start > 0 && DOMAIN_CHAR.test(text[start - 1] as string)) start--;
    while (start < match.index && !WORD_CHAR.test(text[start] as string)) start++;
    if (start === match.index || /[@/]/.test(text[start - 1] ?? '')) continue;
    const domain = text.slice(start, end);
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const outlet = lookupOutlet(domain) ?? { name: domain, variants: [], domains: [domain] };
    mentions.push({ start, end, outlet });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
