import type { Status } from './schemas/status.ts';

// Labels the widgets show before the rule engine has loaded: input fields and verdict words. A leaf module (no rule
// data), so that the islands' first download stays small; words.ts re-exports it with every other phrase.

/** The label of each input field in the widgets; messages about a field start with it. */
export const FIELD_LABELS = {
	plan: 'Plan',
	billing: 'Billing',
	joined: 'Signup date',
	asOf: 'As of',
	model: 'Model',
	resolution: 'Resolution',
	method: 'Generation method',
	agent: 'Agent',
	count: 'Count',
	cost: 'Credits each',
	balance: 'Credit balance',
	lines: 'Lines',
} as const;
/** A field of a query or an estimate, as named in the API. */
export type FieldName = keyof typeof FIELD_LABELS;

/** The status as the widgets and tables say it: `Unlimited`, `Uses credits`, `Check My Credits`, `Not available yet`. */
export function statusLabel(status: Status): string {
	return { unlimited: 'Unlimited', credits: 'Uses credits', confirm: 'Check My Credits', unsupported: 'Not available yet' }[status];
}
