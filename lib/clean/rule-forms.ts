/**
 * The forms of the cleaner's rules that find-junk.ts runs: patterns for lower-cased text, the text
 * rules' patterns joined into one test, selectors split by kind. Joining and splitting took about 4
 * ms of the engine script's start-up in Chromium, on a page's first click, so `npm run
 * gen:rule-forms` writes them to rule-forms.json and tests/lib/clean-rule-forms.test.ts fails when
 * that file is stale.
 */
import type { JunkRule } from './rules';

/** A regular expression as its source and flags. */
export interface PatternForm {
  source: string;
  flags: string;
}

/** What find-junk.ts reads from rule-forms.json (see {@link deriveRuleForms}). */
export interface RuleForms {
  /**
   * Every text rule's pattern for lower-cased text joined into one per set of flags and anchoring:
   * most short texts match no rule, and one scan of each says so where a scan per rule would not.
   */
  anyTextSignal: PatternForm[];
  /** The names of the structure rules' plain #id and .class selectors, lower-cased. */
  plainSelectors: string[];
  /** The structure rules' other selectors. */
  complexSelectors: string[];
}

/**
 * One upper- or lower-case letter, where a case-blind pattern said "\p{Lu}". An alternation, not
 * the class [\p{Lu}\p{Ll}]: Chromium took 0.7 ms to build that class (it merges the two properties'
 * interleaved ranges) each time a pattern holding it was created, 0.1 ms for this.
 */
const UPPER_OR_LOWER_CASE_LETTER = '(?:\\p{Lu}|\\p{Ll})';

/** A selector that is one id or one class and nothing else. */
const PLAIN_SELECTOR_RE = /^[#.]([\w-]+)$/;

/**
 * A rule branch's optional lead-in to the sentence start ("[^.!?]*", so that it covers the whole
 * sentence) can match nothing, so whether a rule matches at all does not depend on it — and it
 * makes a scan quadratic.
 */
const SENTENCE_LEAD_IN = /^\[\^\.!\?\]\*/;

/** Derives what rule-forms.json holds from the rules as written (see rules.ts). */
export function deriveRuleForms(
  structureRules: readonly JunkRule[],
  textRules: readonly JunkRule[],
): RuleForms {
  return {
    anyTextSignal: joinByFlags(
      textRules.flatMap((rule) => (rule.text ? [lowerCaseOnly(rule.text)] : [])),
    ),
    ...splitSelectors(
      structureRules.flatMap((rule) => (rule.selector ? rule.selector.split(',') : [])),
    ),
  };
}

/**
 * The form of a case-blind rule pattern for lower-cased text; refuses one not in lower case. V8
 * compiles a case-blind pattern several times slower than the same pattern without the flag, and
 * the rules run on the first click in a tab, when nothing is compiled yet: about 50 ms of that
 * click went to compiling them.
 */
export function lowerCaseOnly(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  const literals = source.replace(/\\p\{[^}]*\}|\\./g, '');
  if (!flags.includes('i') || literals !== literals.toLowerCase()) {
    throw new Error(
      `A rule's pattern must be written in lower case and case-blind: /${source}/${flags}`,
    );
  }
  // Case-blind, "\p{Lu}" matched any cased letter; lower-cased text has few upper-case ones left.
  return new RegExp(
    source.replaceAll('\\p{Lu}', UPPER_OR_LOWER_CASE_LETTER),
    flags.replace('i', ''),
  );
}

/** The lower-case form of an idClass rule's pattern, which must be anchored and case-blind. */
export function anchored(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  if (!source.startsWith('^') || !source.endsWith('$') || flags !== 'i') {
    throw new Error(`An idClass rule must be anchored and case-blind: /${source}/${flags}`);
  }
  return lowerCaseOnly(pattern);
}

/**
 * Joins patterns per set of flags and anchoring. Rules anchored at the start are joined apart,
 * since a pattern whose every branch starts with "^" is tried at the first character only, where
 * one unanchored branch would make it try every character.
 */
function joinByFlags(patterns: RegExp[]): PatternForm[] {
  const sources = new Map<string, string[]>();
  for (const pattern of patterns) {
    const flags = pattern.flags.replace('g', '');
    const branches = topLevelBranches(pattern.source).map((branch) =>
      branch.replace(SENTENCE_LEAD_IN, ''),
    );
    const source = branches.join('|');
    const anchored = branches.every((branch) => branch.startsWith('^'));
    const key = `${flags}${anchored ? '^' : ''}`;
    sources.set(key, [...(sources.get(key) ?? []), source]);
  }
  // A pattern alone in its set is left as it is: find-junk.ts then tests with the rule's own
  // pattern, which V8 compiles once for both uses.
  return Array.from(sources, ([key, parts]) => ({
    source:
      parts.length === 1 ? (parts[0] as string) : parts.map((part) => `(?:${part})`).join('|'),
    flags: key.replace('^', ''),
  }));
}

/** The branches of a pattern's outermost alternation ("^a$|^b" → "^a$", "^b"). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/** Plain #id and .class selectors by name (lower-cased), and the rest. */
function splitSelectors(selectors: string[]): {
  plainSelectors: string[];
  complexSelectors: string[];
} {
  const plain = new Set<string>();
  const complexSelectors: string[] = [];
  for (const selector of selectors.map((text) => text.trim())) {
    const name = PLAIN_SELECTOR_RE.exec(selector)?.[1];
    if (name) plain.add(name.toLowerCase());
    else complexSelectors.push(selector);
  }
  return { plainSelectors: Array.from(plain), complexSelectors };
}
