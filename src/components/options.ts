import { AGENTS, BILLING_CYCLES, METHODS, MODEL_IDS, PLAN_IDS, RESOLUTIONS } from '../rules/vocabulary.ts';
import { decisionData } from '../rules/data.ts';
import { methodName } from '../rules/wording.ts';

// Choices offered by the widgets, all read from the rule data so that a widget holds no list of its own.
export const planOptions = decisionData.plans.map((p) => [p.id, p.name] as const);
export const billingOptions = BILLING_CYCLES.map((b) => [b, b === 'monthly' ? 'Monthly' : 'Annual'] as const);
export const modelOptions = decisionData.models.map((m) => [m.id, m.name] as const);
export const methodOptions = METHODS.map((m) => [m, methodName(m)[0]!.toUpperCase() + methodName(m).slice(1)] as const);
export const agentOptions = AGENTS.map((a) => [a, a === 'agent-1.0' ? 'Agent 1.0' : 'Agent 2.0'] as const);

/** The model's entry in the rule data. */
export const modelInfo = (id: string) => decisionData.models.find((m) => m.id === id);

/** Query parameters shared by both widgets: short, stable names. */
export const customerParams = {
	plan: { values: PLAN_IDS },
	billing: { values: BILLING_CYCLES },
	joined: { date: true },
	asof: { date: true },
} as const;

export const checkerParams = {
	...customerParams,
	model: { values: MODEL_IDS },
	res: { values: RESOLUTIONS },
	method: { values: METHODS },
	agent: { values: AGENTS },
} as const;
