import type { TrustBadge } from './report';
import { idClassOf } from './clean/find-junk';

/**
 * The whole text of a self-declared trust badge: "Fact checked", "✓ Verified", "Faktencheck",
 * "Fact-checked by PolitiFact". Anchored, so a sentence that merely mentions fact-checking ("the
 * claim was fact checked by PolitiFact") is not a badge.
 */
const BADGE_TEXT_RE =
  /^[✓✔☑√]?\s*(?:fact[\s-]?check(?:ed)?|verified(?:\s+(?:news|content|article|story|source))?|100\s?%\s+verified|trusted\s+(?:source|news|content)|faktencheck|fakten\s?gepr[üu]ft|gepr[üu]ft|verifiziert|v[ée]rifi[ée]|fact[\s-]?v[ée]rifi[ée]|verificado|verificato)(?:\s+(?:by|von|par|por|da)\s+(.{2,40}))?[.!]?\s*[✓✔]?$/iu;

/** Badge words that say "fact-checked" outright; other words ("Verified") need a badge-like element. */
const FACT_CHECK_WORD_RE = /fact|fakten|check/i;

/**
 * Class or id of a badge element. "Verified" alone is also the account mark of embedded tweets
 * (https://help.twitter.com/en/managing-your-account/about-twitter-verified-accounts), so the
 * generic words count only on an element styled as a badge or seal.
 */
const BADGE_HINT_RE = /badge|seal|verif|trust|fact|check|label|stamp/i;

/** How many ancestors may carry the badge class ("span.badge > span"). */
const BADGE_HINT_DEPTH = 2;

/** A word that can open a badge; text nodes without one are skipped cheaply. */
const BADGE_WORD_RE = /fact|check|verif|fakten|gepr|v[ée]rifi|trusted/i;

/** NodeFilter.SHOW_TEXT, spelled out because jsdom's window globals are not Node's. */
const NODE_FILTER_SHOW_TEXT = 0x4;

/** A run of whitespace, collapsed before matching. */
const SPACES_RE = /\s+/g;

/** Longest element text still read as a badge rather than prose. */
const MAX_BADGE_CHARS = 60;

/** "by PolitiFact" in a badge's title or label. */
const CHECKER_PHRASE_RE = /\b(?:by|von|par|por|da)\s+(\p{Lu}(?:\p{L}|\p{N}|[.\- ]){1,40})/u;

/** Schema.org's fact-check markup type. */
const CLAIM_REVIEW = 'ClaimReview';

/** Fact-checkers a badge may name without a "by" (signatories of the IFCN code and the like). */
const KNOWN_CHECKERS = [
  'PolitiFact',
  'Snopes',
  'FactCheck.org',
  'Full Fact',
  'AFP Fact Check',
  'Reuters Fact Check',
  'AP Fact Check',
  'Correctiv',
  'Lead Stories',
  'Les Décodeurs',
  'Maldita',
  'Newtral',
  'Africa Check',
  'Logically',
  'Check Your Fact',
  'The Washington Post Fact Checker',
];

/** Elements whose text is never a visible badge. */
const SKIPPED_SELECTOR = 'script, style, noscript, template, head';

/**
 * Finds the badges by which the page vouches for itself, with the fact-checker each names and
 * whether the page carries ClaimReview markup. Run it on the full document: Readability drops the
 * entry header where badges sit.
 */
export function findTrustBadges(doc: Document): TrustBadge[] {
  const body = doc.body;
  if (!body) return [];
  const claimReview = hasClaimReview(doc);
  const badges: TrustBadge[] = [];
  const seen = new Set<string>();
  const visited = new Set<Element>();
  // Walk text nodes, not elements: reading every element's textContent is quadratic on big pages.
  const walker = doc.createTreeWalker(body, NODE_FILTER_SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!BADGE_WORD_RE.test(node.nodeValue ?? '')) continue;
    // The innermost element whose whole text is a badge, so a wrapper is not counted again.
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (visited.has(element)) break;
      visited.add(element);
      if (element.closest(SKIPPED_SELECTOR)) break;
      const text = normalise(element.textContent ?? '');
      if (text.length > MAX_BADGE_CHARS) break;
      const match = BADGE_TEXT_RE.exec(text);
      if (!match) continue;
      if (!FACT_CHECK_WORD_RE.test(text) && !hasBadgeHint(element)) break;
      const label = [element.getAttribute('title'), element.getAttribute('aria-label')]
        .filter(Boolean)
        .join(' ');
      const checker = match[1]?.trim() ?? findChecker(label) ?? findChecker(text);
      const key = `${text}|${checker ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        badges.push({ text, checker, claimReview });
      }
      break;
    }
  }
  return badges;
}

/**
 * True when a badge vouches for the page without naming a fact-checker or carrying ClaimReview
 * markup.
 */
export function isUnbackedTrustBadge(badge: TrustBadge): boolean {
  return badge.checker === null && !badge.claimReview;
}

/** True when the page carries schema.org ClaimReview markup (JSON-LD, microdata or RDFa). */
export function hasClaimReview(doc: Document): boolean {
  if (doc.querySelector(`[itemtype$="/${CLAIM_REVIEW}"], [typeof~="${CLAIM_REVIEW}"]`)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      // Sites ship broken JSON-LD; it proves nothing either way.
      continue;
    }
    if (containsType(data, CLAIM_REVIEW)) return true;
  }
  return false;
}

/** Walks JSON-LD (arrays, @graph, nested objects) for a node of the given @type. */
function containsType(data: unknown, type: string): boolean {
  if (Array.isArray(data)) return data.some((item) => containsType(item, type));
  if (!data || typeof data !== 'object') return false;
  const node = data as Record<string, unknown>;
  const declared = node['@type'];
  const types = Array.isArray(declared) ? declared : [declared];
  if (types.some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`)))) {
    return true;
  }
  return Object.values(node).some(
    (value) => typeof value === 'object' && containsType(value, type),
  );
}

function hasBadgeHint(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth <= BADGE_HINT_DEPTH; depth++) {
    if (BADGE_HINT_RE.test(idClassOf(current))) return true;
    current = current.parentElement;
  }
  return false;
}

function findChecker(label: string): string | null {
  if (!label) return null;
  const known = KNOWN_CHECKERS.find((name) => label.toLowerCase().includes(name.toLowerCase()));
  if (known) return known;
  return CHECKER_PHRASE_RE.exec(label)?.[1]?.trim() ?? null;
}

function normalise(text: string): string {
  return text.replace(SPACES_RE, ' ').trim();
}
