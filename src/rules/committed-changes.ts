import changes from '../../content/rules/changes.json' with { type: 'json' };
import type { ChangeEntry } from './schema/changes.ts';

// The committed change log, bound apart from the rules (committed.ts) so that the islands' engine download does not
// carry it. The build (rule-data-check) and `npm run check` validate it against the rules and the data's fingerprint.

/** Every entry of `content/rules/changes.json`, oldest first. */
export const changeLog: readonly ChangeEntry[] = changes.changes as ChangeEntry[];
