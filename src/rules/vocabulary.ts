import { decisionData, type DecisionData } from './data.ts';

/** The ids each closed query field accepts, read from the rule data (never written in TypeScript). */
export interface Vocabulary {
	plan: readonly string[];
	billing: readonly string[];
	model: readonly string[];
	resolution: readonly string[];
	method: readonly string[];
	agent: readonly string[];
}

const cache = new WeakMap<DecisionData, Vocabulary>();

/** The accepted ids of each field: plans and billing cycles (plans.json), models and option values (models.json). */
export function vocabularyOf(data: DecisionData = decisionData): Vocabulary {
	let v = cache.get(data);
	if (!v) {
		const ids = (list: { id: string }[]) => list.map((x) => x.id);
		v = { plan: ids(data.plans), billing: ids(data.billing), model: ids(data.models), resolution: ids(data.options.resolution), method: ids(data.options.method), agent: ids(data.options.agent) };
		cache.set(data, v);
	}
	return v;
}

/** The committed data's vocabulary. */
export const vocabulary: Vocabulary = vocabularyOf();
