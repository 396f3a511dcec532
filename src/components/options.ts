import { decisionData } from '../rules/data.ts';
import { vocabulary } from '../rules/vocabulary.ts';

// Choices offered by the widgets, all read from the rule data so that a widget holds no list of its own.
const pairs = (list: { id: string; name: string }[]) => list.map((x) => [x.id, x.name] as const);
export const planOptions = pairs(decisionData.plans);
export const billingOptions = pairs(decisionData.billing);
export const modelOptions = pairs(decisionData.models);
export const methodOptions = pairs(decisionData.options.method);
export const agentOptions = pairs(decisionData.options.agent);

/** The model's entry in the rule data, with its option ids (`resolutions`, `methods`) when it has them. */
export const modelInfo = (id: string) => {
	const m = decisionData.models.find((x) => x.id === id);
	return m && { ...m, resolutions: m.options?.resolution as string[] | undefined, methods: m.options?.method as string[] | undefined };
};

/** Query parameters shared by both widgets: short, stable names. */
export const customerParams = {
	plan: { values: vocabulary.plan },
	billing: { values: vocabulary.billing },
	joined: { date: true },
	asof: { date: true },
} as const;

export const checkerParams = {
	...customerParams,
	model: { values: vocabulary.model },
	res: { values: vocabulary.resolution },
	method: { values: vocabulary.method },
	agent: { values: vocabulary.agent },
} as const;
