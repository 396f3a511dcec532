import type { Status } from '../schema/status.ts';
import type { FieldName, FormName } from '../schema/fields.ts';

// Labels the widgets show before the rule engine has loaded: input fields and verdict words, per language. A leaf
// module (no rule
// data), so that the islands' first download stays small; en.ts re-exports it with every other phrase.

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
	options: 'Options',
	locale: 'Language',
	since: 'Since',
} as const satisfies Record<FieldName, string>;

/** The same labels on the Korean pages. */
export const FIELD_LABELS_KO: Record<FieldName, string> = {
	plan: '요금제',
	billing: '결제 주기',
	joined: '가입일',
	asOf: '기준일',
	model: '모델',
	resolution: '해상도',
	method: '생성 방식',
	agent: '에이전트',
	count: '개수',
	cost: '1회당 크레딧',
	balance: '보유 크레딧',
	lines: '항목',
	options: '옵션',
	locale: '언어',
	since: '시작일',
};

/** What a message about a whole input, a line or its options starts with. */
export const FORM_LABELS: Record<FormName, string> = {
	eligibility: 'Input',
	customer: 'Input',
	estimate: 'Input',
	line: FIELD_LABELS.lines,
	options: FIELD_LABELS.options,
	changes: 'Input',
};
/** The same on the Korean pages. */
export const FORM_LABELS_KO: Record<FormName, string> = {
	eligibility: '입력값',
	customer: '입력값',
	estimate: '입력값',
	line: FIELD_LABELS_KO.lines,
	options: FIELD_LABELS_KO.options,
	changes: '입력값',
};

/**
 * The status as the widgets and tables say it: `Unlimited`, `Uses credits`, `Check My Credits`, `Not available yet`.
 */
export function statusLabel(status: Status): string {
	return {
		unlimited: 'Unlimited',
		credits: 'Uses credits',
		confirm: 'Check My Credits',
		unsupported: 'Not available yet',
	}[status];
}
