import { decisionData } from './data.ts';

/** The ids each closed query field accepts, read from the rule data (never written in TypeScript). */
export interface Vocabulary {
	plan: readonly string[];
	billing: readonly string[];
	model: readonly string[];
	resolution: readonly string[];
	method: readonly string[];
	agent: readonly string[];
}

const ids = (list: { id: string }[]) => list.map((x) => x.id);

/** The accepted ids of each field: plans and billing cycles (plans.json), models and option values (models.json). */
export const vocabulary: Vocabulary = {
	plan: ids(decisionData.plans),
	billing: ids(decisionData.billing),
	model: ids(decisionData.models),
	resolution: ids(decisionData.options.resolution),
	method: ids(decisionData.options.method),
	agent: ids(decisionData.options.agent),
};
