/**
 * What to highlight for a report: which spans, in which style group, with which tooltip. Pure data,
 * so the grouping and wording are tested without a browser.
 */
import type { Attribution, Person, Quote, Report, SourceKind, TextSpan } from '../report';

/** The style groups of in-page highlights; each has its own colour and underline style. */
export type HighlightGroup = 'quote' | 'sourcing' | 'cue' | 'anonymous';

/** Every group, lowest painting priority first (later ones paint over earlier ones). */
export const HIGHLIGHT_GROUPS: readonly HighlightGroup[] = [
  'sourcing',
  'anonymous',
  'quote',
  'cue',
];

/** One highlighted item of the report: its spans, style group and tooltip. */
export interface HighlightItem {
  group: HighlightGroup;
  /** Disjoint spans into the article text, in order. */
  spans: TextSpan[];
  /** The tooltip: "Peter Cook — US Defense Department spokesman · direct quote". */
  label: string;
  /** The report entry it shows. */
  target: { kind: 'quote' | 'attribution'; index: number };
}

/** A side marker beside a block the article re-posts from another outlet. */
export interface RepostMarker {
  span: TextSpan;
  /** "Re-posted from Wsws.org". */
  label: string;
  attributionIndex: number;
}

/** Everything to show in the page for one report. */
export interface HighlightPlan {
  items: HighlightItem[];
  markers: RepostMarker[];
}

/** Shown when the engine found no speaker for a quote. */
const UNKNOWN_SPEAKER = 'Unattributed';

/**
 * Builds the highlight plan of `report`: quotes, attributions with their cues, re-post markers.
 * Only the tooltips read `people` (for titles): a plan made before people are known differs from
 * the final one in its labels alone.
 */
export function planHighlights(
  report: Pick<Report, 'quotes' | 'attributions' | 'people'>,
): HighlightPlan {
  const items: HighlightItem[] = [];
  const markers: RepostMarker[] = [];
  const quoteSpans = report.quotes.map((quote) => quote.span).sort((a, b) => a.start - b.start);
  report.quotes.forEach((quote, index) => {
    items.push({
      group: quote.speakerKind === 'anonymous' ? 'anonymous' : 'quote',
      spans: [quote.span],
      label: describeQuote(quote, report.people),
      target: { kind: 'quote', index },
    });
  });
  report.attributions.forEach((attribution, index) => {
    const target = { kind: 'attribution' as const, index };
    const label = describeAttribution(attribution, report.people);
    const anonymous = attribution.sourceKind === 'anonymous';
    const cue = attribution.cueSpan;
    if (attribution.kind === 'reposted-block') {
      // A whole re-posted block tinted would drown its quotes: a side marker names the outlet and
      // the lead-in ("Wsws.org reports:") is marked as the cue.
      markers.push({
        span: attribution.span,
        label: `Re-posted from ${attribution.source}`,
        attributionIndex: index,
      });
      const lead = [attribution.sourceSpan, cue]
        .filter((span): span is TextSpan => span !== null && span.end > span.start)
        .sort((a, b) => a.start - b.start);
      if (lead.length > 0) items.push({ group: 'cue', spans: lead, label, target });
      return;
    }
    // The quoted words keep their own colour; the hand-off shows around them.
    const spans = subtractSpans(attribution.span, quoteSpans);
    const body = cue.end > cue.start ? subtractSpans(spans, [cue]) : spans;
    if (body.length > 0) {
      items.push({ group: anonymous ? 'anonymous' : 'sourcing', spans: body, label, target });
    }
    if (cue.end > cue.start) items.push({ group: 'cue', spans: [cue], label, target });
  });
  return { items, markers };
}

/** The tooltip of a quote: speaker, their title or organisation, and the kind of quote. */
export function describeQuote(quote: Quote, people: Person[]): string {
  const kind = quote.partial ? 'partial quote' : 'direct quote';
  if (quote.speakerKind === 'anonymous') return `${quote.speaker ?? 'Anonymous source'} · ${kind}`;
  if (!quote.speaker) return `${UNKNOWN_SPEAKER} · ${kind}`;
  return `${describeSource(quote.speaker, quote.speakerKind, people)} · ${kind}`;
}

/** The tooltip of an attribution: who the claim is handed to and how. */
export function describeAttribution(attribution: Attribution, people: Person[]): string {
  const who = describeSource(attribution.source, attribution.sourceKind, people);
  if (attribution.kind === 'reposted-block') return `${who} · re-posted block`;
  if (attribution.kind === 'declined-comment') return `${who} · declined to comment`;
  if (attribution.sourceKind === 'anonymous')
    return `${who} · anonymous sourcing ("${attribution.cue}")`;
  const how = attribution.secondHand ? 'second-hand' : 'attributed';
  return `${who} · ${how} ("${attribution.cue}")`;
}

/** "Peter Cook — US Defense Department spokesman" when the report knows the person's role. */
export function describeSource(name: string, kind: SourceKind | null, people: Person[]): string {
  if (kind !== null && kind !== 'person') return name;
  const person = findPerson(name, people);
  const role = person ? describeRole(person) : null;
  return role ? `${person?.name ?? name} — ${role}` : name;
}

/** The role line of a person: "US Defense Department spokesman", or null when unknown. */
export function describeRole(person: Person): string | null {
  const { title, organisation } = person;
  if (title && organisation) {
    return title.toLowerCase().includes(organisation.toLowerCase())
      ? title
      : `${organisation} ${title}`;
  }
  return title ?? organisation ?? null;
}

/**
 * Finds the person a speaker string names: the same name, or (as articles do after the first
 * mention) their surname alone when only one person has it.
 */
function findPerson(name: string, people: Person[]): Person | undefined {
  const exact = people.find((person) => person.name === name);
  if (exact || name.includes(' ')) return exact;
  const bySurname = people.filter((person) => person.name.split(/\s+/).at(-1) === name);
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/** `from` (one span or several, sorted) minus the `holes` (sorted), as sorted disjoint spans. */
export function subtractSpans(from: TextSpan | TextSpan[], holes: TextSpan[]): TextSpan[] {
  const sources = Array.isArray(from) ? from : [from];
  const out: TextSpan[] = [];
  for (const source of sources) {
    let start = source.start;
    for (const hole of holes) {
      if (hole.end <= start || hole.start >= source.end) continue;
      if (hole.start > start) out.push({ start, end: hole.start });
      start = Math.max(start, hole.end);
    }
    if (start < source.end) out.push({ start, end: source.end });
  }
  return out;
}
