import type { RuleIndex } from './rule-index.ts';
import type { ModelId } from '../schema/ids.ts';

/** A change-log entry as an answer links it: its id (the anchor on the change pages) and the rule ids it touches. */
export interface LoggedChange {
	id: string;
	/** Rule ids (models, grants, costs, notes, plans); empty for an entry about the whole rule set. */
	rules: readonly string[];
}

/**
 * The change-log entry that explains why `models` answer differently on two days: the newest entry of `log` (oldest
 * first, as content/rules/changes.json) that touches one of them or one of their grants; `undefined` when none does
 * (the answer then links the change log itself).
 */
export function changeEntryFor(
	rules: RuleIndex,
	log: readonly LoggedChange[],
	models: readonly ModelId[],
): string | undefined {
	const ids = new Set<string>(models.flatMap((m) => [m, ...rules.grants.get(m)!.map((g) => g.id)]));
	return log.findLast((e) => e.rules.some((r) => ids.has(r)))?.id;
}
