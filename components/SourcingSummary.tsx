import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Sourcing, SourcingFlag } from '../lib/report';

/** Chain length from which the line is clamped to three lines, with a button to show it all. */
const LONG_CHAIN_STEPS = 6;

/** Share of quoted or re-reported words from which the share reads as a warning, not a fact. */
const HIGH_QUOTED_SHARE = 0.5;

/** The sourcing chain in one line, then the flags a careful reader wants as small chips. */
export function SourcingSummary({ sourcing }: { sourcing: Sourcing }) {
  const [expanded, setExpanded] = useState(false);
  const chips = describeFlags(sourcing);
  const isLong = sourcing.chain.length >= LONG_CHAIN_STEPS;
  return (
    <section class="sourcing" aria-labelledby="sourcing-heading">
      <h2 id="sourcing-heading" class="visually-hidden">
        Sourcing
      </h2>
      {/* Clamped only visually: screen readers always get the whole line. */}
      <p id="sourcing-chain" class={isLong && !expanded ? 'chain clamped' : 'chain'}>
        {sourcing.summary
          ? emphasiseNames(
              sourcing.summary,
              sourcing.chain.map((step) => step.source),
            )
          : 'The article names no sources.'}
      </p>
      {isLong && (
        <button
          type="button"
          class="link-button"
          aria-expanded={expanded}
          aria-controls="sourcing-chain"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : `Show all ${sourcing.chain.length} sources`}
        </button>
      )}
      {chips.length > 0 && (
        <ul class="flags" aria-label="Flags">
          {chips.map((chip) => (
            <li key={chip.kind} class={`flag ${chip.tone}`} title={chip.message}>
              {/* Short on screen; the flag's full sentence for screen readers. */}
              <span aria-hidden="true">{chip.text}</span>
              <span class="visually-hidden">{chip.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A flag as a chip: a few words, the full sentence, and how loud to show it. */
interface FlagChip {
  kind: SourcingFlag['kind'] | 'quoted-share';
  text: string;
  message: string;
  tone: 'info' | 'warn';
}

function describeFlags(sourcing: Sourcing): FlagChip[] {
  const chips: FlagChip[] = [];
  const share = Math.round(sourcing.quotedShare * 100);
  const secondHand = sourcing.flags.find((flag) => flag.kind === 'second-hand');
  if (share > 0) {
    chips.push({
      kind: 'quoted-share',
      text: `${share}% quoted or re-reported`,
      message:
        secondHand?.message ?? `${share}% of the article is quoted or attributed to a source.`,
      tone: secondHand || sourcing.quotedShare >= HIGH_QUOTED_SHARE ? 'warn' : 'info',
    });
  }
  for (const flag of sourcing.flags) {
    const text = describeFlag(flag);
    if (text) chips.push({ kind: flag.kind, text, message: flag.message, tone: 'warn' });
  }
  return chips;
}

function describeFlag({ kind, subjects }: SourcingFlag): string | null {
  const count = subjects.length;
  switch (kind) {
    case 'second-hand':
      // Shown as the quoted-share chip.
      return null;
    case 'unlinked-sources':
      return count === 1 ? `No link to ${subjects[0]}` : `${count} sources without a link`;
    case 'anonymous-sources':
      return count === 1 ? '1 anonymous source' : `${count} anonymous sources`;
    case 'single-source':
      return 'Single source';
    case 'unbacked-trust-badge':
      return `“${subjects[0] ?? 'Fact checked'}”, no fact-checker named`;
  }
}

/** Bolds the source names in the engine's one-line summary and mutes its asides in parentheses. */
function emphasiseNames(summary: string, names: string[]): ComponentChildren[] {
  // Longest first, so "The New York Times Magazine" wins over "The New York Times".
  const escaped = [...new Set(names)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp([...escaped, '\\([^()]*\\)', '→'].join('|'), 'g');
  const nameSet = new Set(names);
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of summary.matchAll(pattern)) {
    const [token] = match;
    parts.push(summary.slice(last, match.index));
    if (nameSet.has(token)) parts.push(<strong>{token}</strong>);
    else if (token === '→') parts.push(<span class="arrow">{token}</span>);
    else
      parts.push(<span class={token === '(no link)' ? 'aside unlinked' : 'aside'}>{token}</span>);
    last = match.index + token.length;
  }
  parts.push(summary.slice(last));
  return parts;
}
