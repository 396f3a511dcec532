import { decisionData } from './data.ts';
import { formatDate } from './dates.ts';
import type { BenefitRule, SignupWindow } from './schemas/benefit.ts';
import type { Billing, PlanId } from './schemas/plan.ts';
import type { Method, ModelId } from './schemas/model.ts';
import type { Status } from './schemas/note.ts';

// The one formatter that turns rule data into the words the articles use. The prose test compares article table
// cells with these strings, so changing a phrase here means changing the articles too.

/** Display name of a plan, e.g. `premium` -> `Premium`. */
export function planName(id: PlanId): string {
	return decisionData.plans.find((p) => p.id === id)!.name;
}
/** Display name of a model, e.g. `nanobanana-pro` -> `Nanobanana Pro`. */
export function modelName(id: ModelId): string {
	return decisionData.models.find((m) => m.id === id)!.name;
}
/** Words for a generation method, e.g. `start-end-frames` -> `start and end frames`. */
export function methodName(method: Method): string {
	return { 'image-to-video': 'image-based', 'start-end-frames': 'start and end frames', 'text-to-video': 'text-to-video' }[method];
}
/** Words for a billing cycle list: `['annual']` -> `annual`, both -> `monthly or annual`. */
export function billingWords(billing: readonly Billing[]): string {
	return billing.join(' or ');
}
/** The status as the widgets and tables say it: `Unlimited`, `Uses credits`, `Check My Credits`, `Not available yet`. */
export function statusLabel(status: Status): string {
	return { unlimited: 'Unlimited', credits: 'Uses credits', confirm: 'Check My Credits', unsupported: 'Not available yet' }[status];
}
/** `Premium / Max / Pro`, or `All` when every plan is listed. */
export function planList(plans: readonly PlanId[]): string {
	return plans.length === decisionData.plans.length ? 'All' : plans.map(planName).join(' / ');
}
/** A signup window in words, e.g. `who joined on or after Feb 25, 2026`; `undefined` -> `any signup date`. */
export function windowWords(joined: SignupWindow | undefined): string {
	if (joined?.unpublished) return 'who joined after a date the help center does not publish';
	if (joined?.from && joined.to) return `who joined from ${formatDate(joined.from)} to ${formatDate(joined.to)}`;
	if (joined?.from) return `who joined on or after ${formatDate(joined.from)}`;
	if (joined?.to) return `who joined on or before ${formatDate(joined.to)}`;
	return 'any signup date';
}

/** The "Model" cell of a rule's table row: the model name, then the resolutions or methods it is limited to. */
export function modelLabel(rule: BenefitRule): string {
	const qualifiers = [...(rule.resolutions ?? []), ...(rule.methods ?? []).map(methodName)];
	return qualifiers.length ? `${modelName(rule.model)}, ${qualifiers.join(' or ')}` : modelName(rule.model);
}

/**
 * The "Who" cell of a rule's table row, e.g. `Premium / Max / Pro members who joined on or after Feb 25, 2026`,
 * `Max members on annual billing who joined on or after May 22, 2026`, `All members, any signup date`.
 */
export function whoText(rule: BenefitRule): string {
	const billing = rule.billing ? ` on ${billingWords(rule.billing)} billing` : '';
	const window = windowWords(rule.joined);
	const lasts = rule.lasts ? `, for ${rule.lasts.years} year${rule.lasts.years > 1 ? 's' : ''} from signup` : '';
	return `${planList(rule.plans)} members${billing}${window.startsWith('who') ? ' ' : ', '}${window}${lasts}`;
}
