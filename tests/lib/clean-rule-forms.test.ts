import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchored, deriveRuleForms } from '../../lib/clean/rule-forms';
import { STRUCTURE_RULES, TEXT_RULES } from '../../lib/clean/rules';

/** The committed forms, which find-junk.ts runs. */
const COMMITTED_FILE = resolve(import.meta.dirname, '../../lib/clean/rule-forms.json');

describe('the cleaner rules’ derived forms', () => {
  it('should match the rules as written (else run "npm run gen:rule-forms")', () => {
    const expected = deriveRuleForms(STRUCTURE_RULES, TEXT_RULES);
    const actual: unknown = JSON.parse(readFileSync(COMMITTED_FILE, 'utf8'));
    expect(actual, 'lib/clean/rule-forms.json is stale: run "npm run gen:rule-forms"').toEqual(
      expected,
    );
  });

  it.each([
    ['with upper-case letters', /^Share$/gi],
    ['that is not case-blind', /^share$/g],
  ])('should refuse a text pattern %s', (_, text) => {
    expect(() => deriveRuleForms([], [{ kind: 'share', text }])).toThrow(/must be written/);
  });

  it('should refuse an idClass pattern that is not anchored', () => {
    expect(() => anchored(/share/i)).toThrow(/must be anchored/);
  });
});
