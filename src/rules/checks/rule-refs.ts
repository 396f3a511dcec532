import type { Source } from '../schema/common.ts';
import type { RuleData } from '../schema/rule-data.ts';
import { defaultsOf } from '../schema/periods.ts';

// The rules a change-log entry can name, by id, with the section of this site that states each.

/** A rule an entry can name: what it is and the section of this site that states it. */
export interface RuleRef {
	what: 'plan' | 'model' | 'grant' | 'cost' | 'note';
	source: Source | undefined;
	/** The model it is about, where it is about one. */
	model?: string;
}

/** Every rule id of the data (plans, models, grants, costs, notes) with what it is and its source section. */
export function ruleRefs(data: RuleData): Map<string, RuleRef> {
	const out = new Map<string, RuleRef>();
	for (const p of data.plans) out.set(p.id, { what: 'plan', source: p.source });
	for (const m of data.models) out.set(m.id, { what: 'model', source: defaultsOf(m)[0]!.source, model: m.id });
	for (const g of data.grants) out.set(g.id, { what: 'grant', source: g.source, model: g.model });
	for (const c of data.credits.costs) out.set(c.id, { what: 'cost', source: c.source, model: c.model });
	for (const n of data.notes) out.set(n.id, { what: 'note', source: n.source });
	return out;
}
