// Writes lib/clean/rule-forms.json, the cleaner's rules in the forms find-junk.ts runs (see
// lib/clean/rule-forms.ts). Run after changing lib/clean/rules.ts: npm run gen:rule-forms
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deriveRuleForms } from '../lib/clean/rule-forms';
import { STRUCTURE_RULES, TEXT_RULES } from '../lib/clean/rules';

const OUTPUT = resolve(import.meta.dirname, '../lib/clean/rule-forms.json');

writeFileSync(OUTPUT, `${JSON.stringify(deriveRuleForms(STRUCTURE_RULES, TEXT_RULES), null, 2)}\n`);
console.log(`Wrote ${OUTPUT}`);
