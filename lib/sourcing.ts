import type { ArticleText } from './article-text';
import type {
  Attribution,
  ChainStep,
  Person,
  Quote,
  Source,
  Sourcing,
  SourcingFlag,
  TextSpan,
  TrustBadge,
} from './report';
import { gatherSources, type SourceCitation } from './sources';
import { isUnbackedTrustBadge } from './trust-badge';

/** From this share of quoted or re-reported text on, the article is mostly somebody else's words. */
const SECOND_HAND_SHARE = 0.5;

/** Source kinds that a reader could check at a URL, so a missing link is worth a flag. */
const LINKABLE_KINDS = new Set(['outlet', 'document']);

/** Anything but whitespace: the share counts characters a reader reads. */
const NON_SPACE_RE = /\S/g;

/** Everything {@link describeSourcing} reads. */
export interface SourcingInput {
  articleText: ArticleText;
  quotes: Quote[];
  attributions: Attribution[];
  people: Person[];
  /** Badges found on the full page by `findTrustBadges`. Default: none. */
  trustBadges?: TrustBadge[];
}

/**
 * Builds the sourcing chain, its one-line summary, the quoted share and the flags for a careful
 * reader.
 */
export function describeSourcing(input: SourcingInput): Sourcing {
  const { articleText, quotes, attributions, people, trustBadges = [] } = input;
  const { sources, citations } = gatherSources(articleText, attributions, quotes, people);
  const chain = buildChain(sources, citations, people);
  const quotedShare = measureQuotedShare(articleText.text, quotes, attributions);
  return {
    chain,
    summary: summarizeChain(chain),
    quotedShare,
    flags: raiseFlags(chain, sources, quotedShare, trustBadges),
    trustBadges,
  };
}

/** The sourcing of a page with no article: only its badges can be read. */
export function emptySourcing(trustBadges: TrustBadge[] = []): Sourcing {
  return {
    chain: [],
    summary: 'No sources named.',
    quotedShare: 0,
    flags: trustBadges.filter(isUnbackedTrustBadge).map(badgeFlag),
    trustBadges,
  };
}

/**
 * Orders the sources as a chain: each re-posted outlet, then who it cites, then the article's own
 * sources.
 */
export function buildChain(
  sources: Source[],
  citations: SourceCitation[],
  people: Person[],
): ChainStep[] {
  const reposts = new Map<number, TextSpan[]>();
  for (const citation of citations) {
    if (citation.kind !== 'reposted-block') continue;
    const spans = reposts.get(citation.source) ?? [];
    spans.push(citation.span);
    reposts.set(citation.source, spans);
  }
  // A source is cited through an outlet when every citation of it sits inside that outlet's re-post.
  const viaSource = sources.map((_, index) => {
    if (reposts.has(index)) return -1;
    const own = citations.filter((citation) => citation.source === index);
    for (const [outlet, spans] of reposts) {
      if (own.every((citation) => spans.some((span) => contains(span, citation.span))))
        return outlet;
    }
    return -1;
  });

  const chain: ChainStep[] = [];
  const stepOf = new Map<number, number>();
  const push = (index: number, via: number): void => {
    const source = sources[index] as Source;
    const own = citations.filter((citation) => citation.source === index);
    stepOf.set(index, chain.length);
    chain.push({
      source: source.name,
      kind: source.kind,
      link: source.links[0] ?? null,
      role: reposts.has(index)
        ? 're-reported-from'
        : own.some((c) => c.quoted)
          ? 'quoted'
          : 'paraphrased',
      via,
      detail: describePerson(source, people),
      citations: source.citations,
    });
  };
  for (const outlet of reposts.keys()) {
    push(outlet, -1);
    const outletStep = stepOf.get(outlet) as number;
    sources.forEach((_, index) => {
      if (viaSource[index] === outlet) push(index, outletStep);
    });
  }
  sources.forEach((_, index) => {
    if (!stepOf.has(index)) push(index, -1);
  });
  return chain;
}

/** Writes the chain in one line: "Re-reported from Wsws.org (linked) → which quotes …". */
export function summarizeChain(chain: ChainStep[]): string {
  const parts: string[] = [];
  chain.forEach((step, index) => {
    if (step.role !== 're-reported-from') return;
    const nested = chain.filter((other) => other.via === index);
    let part = `Re-reported from ${step.source} (${step.link ? 'linked' : 'no link'})`;
    if (nested.length > 0) part += ` → which ${verbFor(nested)} ${listSteps(nested)}`;
    parts.push(part);
  });
  const direct = chain.filter((step) => step.via === -1 && step.role !== 're-reported-from');
  if (direct.length > 0) {
    const verb = verbFor(direct);
    parts.push(
      parts.length > 0
        ? `also ${verb} ${listSteps(direct)}`
        : `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${listSteps(direct)}`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : 'No sources named.';
}

/**
 * Share (0–1) of the text's non-space characters inside quotes, re-posted blocks or attributed
 * content.
 */
export function measureQuotedShare(
  text: string,
  quotes: Quote[],
  attributions: Attribution[],
): number {
  const spans: TextSpan[] = [
    ...quotes.map((quote) => quote.span),
    ...attributions.filter((a) => a.kind !== 'declined-comment').map((a) => a.span),
  ]
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const total = text.match(NON_SPACE_RE)?.length ?? 0;
  if (total === 0) return 0;
  let covered = 0;
  let reach = 0;
  for (const span of spans) {
    const start = Math.max(span.start, reach);
    if (span.end <= start) continue;
    covered += text.slice(start, span.end).match(NON_SPACE_RE)?.length ?? 0;
    reach = span.end;
  }
  return Math.min(1, covered / total);
}

function raiseFlags(
  chain: ChainStep[],
  sources: Source[],
  quotedShare: number,
  trustBadges: TrustBadge[],
): SourcingFlag[] {
  const flags: SourcingFlag[] = [];
  if (quotedShare >= SECOND_HAND_SHARE) {
    flags.push({
      kind: 'second-hand',
      message: `${Math.round(quotedShare * 100)}% of the article is quoted or re-reported rather than original reporting.`,
      subjects: chain.filter((step) => step.role === 're-reported-from').map((step) => step.source),
    });
  }
  const unlinked = sources.filter((s) => LINKABLE_KINDS.has(s.kind) && s.links.length === 0);
  if (unlinked.length > 0) {
    flags.push({
      kind: 'unlinked-sources',
      message: `Cited without a link: ${unlinked.map((s) => s.name).join(', ')}.`,
      subjects: unlinked.map((s) => s.name),
    });
  }
  const anonymous = sources.filter((s) => s.kind === 'anonymous');
  if (anonymous.length > 0) {
    flags.push({
      kind: 'anonymous-sources',
      message: `Relies on ${anonymous.length === 1 ? 'an anonymous source' : `${anonymous.length} anonymous sources`}: ${anonymous.map((s) => s.name).join(', ')}.`,
      subjects: anonymous.map((s) => s.name),
    });
  }
  const topLevel = chain.filter((step) => step.via === -1);
  if (topLevel.length === 1) {
    const only = topLevel[0] as ChainStep;
    flags.push({
      kind: 'single-source',
      message:
        only.role === 're-reported-from'
          ? `The story rests on a single source: it re-posts ${only.source}.`
          : `The story rests on a single source: ${only.source}.`,
      subjects: [only.source],
    });
  }
  for (const badge of trustBadges.filter(isUnbackedTrustBadge)) flags.push(badgeFlag(badge));
  return flags;
}

function badgeFlag(badge: TrustBadge): SourcingFlag {
  return {
    kind: 'unbacked-trust-badge',
    message: `The page says “${badge.text}” but names no fact-checker and carries no ClaimReview markup.`,
    subjects: [badge.text],
  };
}

function describePerson(source: Source, people: Person[]): string | null {
  if (source.kind !== 'person') return null;
  const person = people.find((p) => p.name === source.name);
  if (!person) return null;
  const detail = [person.title, person.organisation].filter(Boolean).join(', ');
  return detail || null;
}

function verbFor(steps: ChainStep[]): string {
  return steps.some((step) => step.role === 'quoted') ? 'quotes' : 'cites';
}

function listSteps(steps: ChainStep[]): string {
  return steps
    .map((step) => {
      if (step.detail) return `${step.source} (${step.detail})`;
      if (step.kind === 'anonymous') return `${step.source} (anonymous)`;
      if (LINKABLE_KINDS.has(step.kind))
        return `${step.source} (${step.link ? 'linked' : 'no link'})`;
      return step.source;
    })
    .join(', ');
}

function contains(outer: TextSpan, inner: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
