import type { Report } from './report';

/** Renders a report as plain text for the terminal. */
export function formatReportText(report: Report): string {
  const lines: string[] = [];
  const { article } = report;
  if (!article) {
    lines.push(`No article found: ${report.reason ?? 'unknown reason'}`);
  } else {
    lines.push(article.title ?? '(untitled)');
    const meta = [
      article.siteName,
      article.byline && (/^by\b/i.test(article.byline) ? article.byline : `by ${article.byline}`),
      article.publishedTime && `published ${article.publishedTime}`,
      article.lang && `language ${article.lang}`,
    ].filter(Boolean);
    if (meta.length > 0) lines.push(meta.join(' · '));
    lines.push(`${article.wordCount} words · ${article.readingMinutes} min read`);
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  for (const [heading, items] of [
    ['Removed from the page', report.removed.filter((item) => item.hiddenInPage)],
    ['Left out of the article text', report.removed.filter((item) => !item.hiddenInPage)],
  ] as const) {
    if (items.length === 0) continue;
    lines.push('', `${heading} (${items.length}):`);
    for (const item of items) lines.push(`  [${item.kind}] ${item.text}`);
  }
  if (report.quotes.length > 0) {
    lines.push('', `Quotes (${report.quotes.length}):`);
    for (const quote of report.quotes) {
      const who = quote.speaker ?? 'unattributed';
      lines.push(`  “${quote.text}” — ${who}${quote.partial ? ' (partial)' : ''}`);
    }
  }
  if (report.attributions.length > 0) {
    lines.push('', `Attributions (${report.attributions.length}):`);
    for (const a of report.attributions) {
      const hand = a.secondHand ? ', second-hand' : '';
      lines.push(`  ${a.source} [${a.sourceKind}${hand}] ${a.cue}: ${a.text}`);
    }
  }
  if (report.people.length > 0) {
    lines.push('', `People (${report.people.length}):`);
    for (const p of report.people) {
      const role = [p.title, p.organisation].filter(Boolean).join(', ');
      const counts = `${p.mentions} mention${p.mentions === 1 ? '' : 's'}, ${p.quotes} quote${p.quotes === 1 ? '' : 's'}`;
      lines.push(
        `  ${p.name}${role ? ` — ${role}` : ''}${p.official ? ' [official]' : ''} · ${counts}`,
      );
    }
  }
  if (report.unnamedOfficials.length > 0) {
    lines.push('', 'Unnamed officials:');
    for (const u of report.unnamedOfficials) lines.push(`  ${u.description}`);
  }
  if (report.sources.length > 0) {
    lines.push('', `Sources (${report.sources.length}):`);
    for (const s of report.sources) {
      const links = s.links.length > 0 ? ` · ${s.links.join(' ')}` : ' · no link';
      lines.push(`  ${s.name} [${s.kind}] cited ${s.citations}×${links}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
