import type { Person, RemovedKind, Report, Source, SourceKind } from './report';

/** How each kind of source is headed in lists, in the order lists show them. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  person: 'People',
  outlet: 'Outlets',
  organisation: 'Organisations',
  document: 'Documents',
  anonymous: 'Anonymous',
};

/** Singular and plural names of each kind of removed page furniture, as a reader would say them. */
export const REMOVED_KIND_NAMES: Record<RemovedKind, [singular: string, plural: string]> = {
  comments: ['comment section', 'comment sections'],
  'comment-form': ['comment form', 'comment forms'],
  'comment-count': ['comment count', 'comment counts'],
  'spam-notice': ['spam notice', 'spam notices'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  share: ['share bar', 'share bars'],
  related: ['related-links box', 'related-links boxes'],
  nag: ['nag banner', 'nag banners'],
  navigation: ['menu or tag list', 'menus and tag lists'],
  metadata: ['caption or dateline', 'captions and datelines'],
};

/** A file the popup offers for download. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** Markdown characters that could turn page text into formatting, links or HTML once pasted. */
const MARKDOWN_SPECIALS = /[\\`*_[\]<>#|~]/g;

/** Longest file-name slug taken from the title, in characters. */
const MAX_SLUG_LENGTH = 60;

/** Groups the sources by kind, in the order of {@link SOURCE_KIND_LABELS}, keeping report indexes. */
export function groupSourcesByKind(
  sources: Source[],
): { kind: SourceKind; items: { source: Source; index: number }[] }[] {
  return (Object.keys(SOURCE_KIND_LABELS) as SourceKind[])
    .map((kind) => ({
      kind,
      items: sources
        .map((source, index) => ({ source, index }))
        .filter(({ source }) => source.kind === kind),
    }))
    .filter((group) => group.items.length > 0);
}

/** Says what was removed in a few words: "comment form, spam notice, 2 share bars". */
export function describeRemoved(kinds: RemovedKind[]): string {
  const counts = new Map<RemovedKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => {
      const [singular, plural] = REMOVED_KIND_NAMES[kind];
      return count === 1 ? singular : `${count} ${plural}`;
    })
    .join(', ');
}

/** The host a link points at, without "www.", or null when it is not an http(s) URL. */
export function getLinkHost(link: string): string | null {
  return parseWebLink(link)?.hostname.replace(/^www\./, '') ?? null;
}

/**
 * Parses a link taken from the page, keeping only http(s): a `javascript:` link must never be
 * followed.
 */
export function parseWebLink(link: string): URL | null {
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** "3 mentions", "1 quote": a count with its noun, plural when it needs one. */
export function formatCount(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** A person's role in a few words: "Secretary of State, State Department". */
export function describeRole(person: Pick<Person, 'title' | 'organisation'>): string {
  return [person.title, person.organisation].filter(Boolean).join(', ');
}

/** Renders the report as a short Markdown summary for pasting into notes, chats or issues. */
export function formatSummaryMarkdown(report: Report): string {
  const { article } = report;
  if (!article) return `No article found: ${escapeMarkdown(report.reason ?? 'unknown reason')}\n`;
  const lines: string[] = [`# ${escapeMarkdown(article.title ?? 'Untitled article')}`, ''];
  const meta = [
    article.siteName,
    article.byline && `By ${article.byline.replace(/^by\s+/i, '')}`,
    article.publishedTime && formatDate(article.publishedTime),
    `${article.readingMinutes} min read`,
  ].filter((part): part is string => Boolean(part));
  lines.push(escapeMarkdown(meta.join(' · ')));
  if (report.sourcing?.summary) {
    lines.push('', `**Sourcing:** ${escapeMarkdown(report.sourcing.summary)}`);
  }
  for (const flag of report.sourcing?.flags ?? [])
    lines.push(`- ⚠ ${escapeMarkdown(flag.message)}`);

  const officials = report.people.filter((person) => person.official);
  const others = report.people.filter((person) => !person.official);
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `## ${title}`, '', ...items);
  };
  section(
    'Sources',
    report.sources.map((source) => {
      const how = [
        source.kind,
        source.quoted && 'quoted',
        source.paraphrased && 'paraphrased',
        formatCount(source.citations, 'citation'),
      ].filter(Boolean);
      // Normalised hrefs: `new URL` percent-encodes the "<" and ">" that could end an autolink.
      const links = source.links.flatMap((link) => {
        const url = parseWebLink(link);
        return url ? [`<${url.href}>`] : [];
      });
      const linkText = links.length > 0 ? links.join(' ') : 'no link';
      return `- **${escapeMarkdown(source.name)}** (${how.join(', ')}) · ${linkText}`;
    }),
  );
  section('Officials', officials.map(formatPersonLine));
  section('Other people', others.map(formatPersonLine));
  section(
    'Unnamed officials',
    report.unnamedOfficials.map((official) => `- ${escapeMarkdown(official.description)}`),
  );
  section(
    'Quotes',
    report.quotes.map((quote) => {
      const speaker = quote.speaker ? `**${escapeMarkdown(quote.speaker)}:** ` : '';
      const partial = quote.partial ? ' _(partial)_' : '';
      return `- ${speaker}“${escapeMarkdown(collapseSpace(quote.text))}”${partial}`;
    }),
  );
  const hidden = report.removed.filter((item) => item.hiddenInPage);
  if (hidden.length > 0) {
    lines.push('', `Removed from the page: ${describeRemoved(hidden.map((item) => item.kind))}.`);
  }
  lines.push('', '_Summary by Sourcelight._');
  return `${lines.join('\n')}\n`;
}

/**
 * Renders the whole report as pretty-printed JSON, the same shape `sourcelight analyze --json`
 * prints.
 */
export function formatReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The JSON export of the report as a file named after the article. */
export function createReportExport(report: Report): ExportFile {
  const slug = (report.article?.title ?? 'page')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return {
    name: `sourcelight-${slug || 'page'}.json`,
    type: 'application/json',
    text: formatReportJson(report),
  };
}

/** Formats an ISO date as "Oct 3, 2015", or returns it as it is when it does not parse. */
export function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // UTC: a date-only "2015-10-03" must not become Oct 2 west of Greenwich.
  return date.toLocaleDateString('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function formatPersonLine(person: Person): string {
  const role = describeRole(person);
  const counts = `${formatCount(person.mentions, 'mention')}, ${formatCount(person.quotes, 'quote')}`;
  return `- **${escapeMarkdown(person.name)}**${role ? ` — ${escapeMarkdown(role)}` : ''} · ${counts}`;
}

function escapeMarkdown(text: string): string {
  return collapseSpace(text).replace(MARKDOWN_SPECIALS, (char) => `\\${char}`);
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
