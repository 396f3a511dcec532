import type { Choices } from './choices.ts';
import type { ParamSpec } from './url-state.ts';
import { FIELDS, type FieldName } from '../rules/schema/fields.ts';

/** The checker's form as the reader set it: every value a string, `''` for unset. URL names are the keys. */
export interface CheckerForm {
	plan: string;
	billing: string;
	/** Signup date, `YYYY-MM-DD`. */
	joined: string;
	/** As-of date, `YYYY-MM-DD`; `''` for today on the reader's calendar. */
	asof: string;
	/** A model, to see its full answer; `''` lists every model ("My benefits"). */
	model: string;
	res: string;
	method: string;
	agent: string;
}

/** The empty form: the first billing cycle, nothing else chosen. */
export const emptyChecker = (choices: Choices): CheckerForm => ({
	plan: '',
	billing: choices.billing[0]![0],
	joined: '',
	asof: '',
	model: '',
	res: '',
	method: '',
	agent: '',
});

const ids = (pairs: readonly (readonly [string, string])[]) => pairs.map(([id]) => id);

/** Field labels by API name, for messages: the page's (`ui.fields`). */
export type Labels = Record<FieldName, string>;

/** The URL parameters both widgets share, named by FIELDS: the customer (plan, billing, signup date, as-of date). */
export const customerParams = (choices: Choices, labels: Labels) => ({
	[FIELDS.plan.param]: { label: labels.plan, values: ids(choices.plans) },
	[FIELDS.billing.param]: { label: labels.billing, values: ids(choices.billing) },
	[FIELDS.joined.param]: { label: labels.joined, date: true as const },
	[FIELDS.asOf.param]: { label: labels.asOf, date: true as const },
});

/** The URL parameters of the checker and what each may hold. */
export function checkerParams(choices: Choices, labels: Labels) {
	return {
		...customerParams(choices, labels),
		[FIELDS.model.param]: { label: labels.model, values: choices.models.map((m) => m.id), aliases: choices.aliases },
		[FIELDS.resolution.param]: { label: labels.resolution, values: choices.resolutions },
		[FIELDS.method.param]: { label: labels.method, values: ids(choices.methods) },
		[FIELDS.agent.param]: { label: labels.agent, values: ids(choices.agents) },
	} satisfies ParamSpec;
}
