import { decisionData } from './data.ts';
import { noteData } from './note-data.ts';
import type { RuleData } from './schemas/rule-data.ts';

/** All committed rule data, as validated and as `/docs/rules.json` publishes it. */
export const ruleData: RuleData = { ...decisionData, notes: noteData };
