import notes from '../../content/rules/notes.json' with { type: 'json' };
import type { RuleData } from './schemas/rule-data.ts';

/** The caveats added to verdicts, as validated (see data.ts); only the checker's code imports them. */
export const noteData = notes.notes as unknown as RuleData['notes'];
