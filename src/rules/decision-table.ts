import { decisionData, type DecisionData } from './data.ts';
import { formatDate } from './dates.ts';
import { billingWords, methodName, modelName, planName } from './wording.ts';
import { sourceHref } from './links.ts';
import type { BenefitRule } from './schemas/benefit.ts';
import type { Source } from './schemas/common.ts';
import type { Agent, Method, ModelId, Resolution } from './schemas/model.ts';
import type { Billing, PlanId } from './schemas/plan.ts';
import type { RuleResult } from './schemas/benefit.ts';

/** A query after validation, with every default filled in. Dates are `YYYY-MM-DD`. */
export interface ResolvedQuery {
	plan: PlanId;
	billing: Billing;
	joined: string;
	model: ModelId;
	/** Set only for models that have resolutions. */
	resolution?: Resolution;
	/** Set only for models that have methods. */
	method?: Method;
	agent?: Agent;
	asOf: string;
}

/** One condition of a decision rule, with the words to explain it. */
export interface Condition {
	/** The query field it reads. */
	field: 'model' | 'plan' | 'billing' | 'joined' | 'resolution' | 'method';
	/** What is required, in words, e.g. `Signup date on or after Feb 25, 2026`. */
	required: string;
	/** Does the query meet it? */
	test(q: ResolvedQuery): boolean;
	/** What the query has, in words. */
	actual(q: ResolvedQuery): string;
	/** Whether the condition is worth explaining for this query (default: always). */
	appliesTo?(q: ResolvedQuery): boolean;
}

/**
 * A row of the compiled decision table. Three kinds decide queries, and exactly one row decides each valid query:
 * `availability` (a feature not available yet), `plan-start` (a plan whose benefits start at a signup date, for
 * queries before it) and `benefit` (a row of benefits.json).
 */
export interface DecisionRule {
	id: string;
	kind: 'availability' | 'plan-start' | 'benefit';
	result: RuleResult | 'unsupported';
	conditions: Condition[];
	/** For `benefit` rows: the row itself. */
	benefit?: BenefitRule;
	source: Source;
	/** Site link to `source`, computed once. */
	href: string;
	checked: string;
}

const modelCondition = (model: ModelId): Condition => ({
	field: 'model',
	required: `Model: ${modelName(model)}`,
	test: (q) => q.model === model,
	actual: (q) => modelName(q.model),
});

function benefitConditions(rule: BenefitRule, data: DecisionData): Condition[] {
	const out = [modelCondition(rule.model)];
	if (rule.plans.length < data.plans.length)
		out.push({
			field: 'plan',
			required: `Plan: ${rule.plans.map(planName).join(', ').replace(/, ([^,]*)$/, ' or $1')}`,
			test: (q) => rule.plans.includes(q.plan),
			actual: (q) => planName(q.plan),
		});
	if (rule.billing && rule.billing.length < 2)
		out.push({
			field: 'billing',
			required: `Billing: ${billingWords(rule.billing)}`,
			test: (q) => rule.billing!.includes(q.billing),
			actual: (q) => q.billing,
		});
	const { from, to, unpublished } = rule.joined ?? {};
	if (unpublished)
		out.push({
			field: 'joined',
			required: 'Signup date after a date the help center does not publish',
			test: () => true,
			actual: (q) => `${formatDate(q.joined)} (cannot be checked here)`,
		});
	if (from)
		out.push({
			field: 'joined',
			required: `Signup date on or after ${formatDate(from)}`,
			test: (q) => q.joined >= from,
			actual: (q) => formatDate(q.joined),
		});
	if (to)
		out.push({
			field: 'joined',
			required: `Signup date on or before ${formatDate(to)}`,
			test: (q) => q.joined <= to,
			actual: (q) => formatDate(q.joined),
		});
	if (rule.resolutions)
		out.push({
			field: 'resolution',
			required: `Resolution: ${rule.resolutions.join(' or ')}`,
			test: (q) => rule.resolutions!.includes(q.resolution!),
			actual: (q) => q.resolution!,
		});
	if (rule.methods)
		out.push({
			field: 'method',
			required: `Generation method: ${rule.methods.map(methodName).join(' or ')}`,
			test: (q) => rule.methods!.includes(q.method!),
			actual: (q) => methodName(q.method!),
		});
	return out;
}

/** Conditions that a plan's benefits have started (Max annual: signup on or after 2026-05-22), one per gated cycle. */
function planStartConditions(data: DecisionData): { plan: PlanId; billing: Billing; from: string; condition: Condition }[] {
	return data.plans.flatMap((plan) =>
		Object.entries(plan.benefitsFrom ?? {}).map(([billing, from]) => ({
			plan: plan.id,
			billing: billing as Billing,
			from: from!,
			condition: {
				field: 'joined' as const,
				required: `${plan.name} on ${billing} billing: signup date on or after ${formatDate(from!)}`,
				test: (q: ResolvedQuery) => q.plan !== plan.id || q.billing !== billing || q.joined >= from!,
				actual: (q: ResolvedQuery) => `${planName(q.plan)}, ${q.billing}, joined ${formatDate(q.joined)}`,
				appliesTo: (q: ResolvedQuery) => q.plan === plan.id && q.billing === billing,
			},
		})),
	);
}

/** Compiles the rule data into decision rules, grouped by model. Pure; called once per data set. */
export function compileDecisionTable(data: DecisionData = decisionData): Map<ModelId, DecisionRule[]> {
	const table = new Map<ModelId, DecisionRule[]>(data.models.map((m) => [m.id, []]));
	const starts = planStartConditions(data);
	for (const model of data.models) {
		const rows = table.get(model.id)!;
		if (model.available === false) {
			rows.push({
				id: `${model.id}-not-available`,
				kind: 'availability',
				result: 'unsupported',
				conditions: [modelCondition(model.id)],
				source: model.source!,
				href: sourceHref(model.source!),
				checked: model.checked!,
			});
			continue;
		}
		for (const start of starts) {
			const plan = data.plans.find((p) => p.id === start.plan)!;
			rows.push({
				id: `${start.plan}-${start.billing}-before-${start.from}`,
				kind: 'plan-start',
				result: 'credits',
				conditions: [
					modelCondition(model.id),
					{
						...start.condition,
						required: `${plan.name} on ${start.billing} billing with a signup date before ${formatDate(start.from)}: no unlimited benefits`,
						test: (q) => !start.condition.test(q),
					},
				],
				source: plan.source!,
				href: sourceHref(plan.source!),
				checked: plan.checked!,
			});
		}
	}
	for (const rule of data.rules) {
		const gates = starts.filter((s) => rule.plans.includes(s.plan)).map((s) => s.condition);
		table.get(rule.model)!.push({
			id: rule.id,
			kind: 'benefit',
			result: rule.result,
			conditions: [...benefitConditions(rule, data), ...gates],
			benefit: rule,
			source: rule.source,
			href: sourceHref(rule.source),
			checked: rule.checked,
		});
	}
	return table;
}

/** The decision rules that match a query. For valid data exactly one does; the grid test proves it. */
export function matchingRules(table: Map<ModelId, DecisionRule[]>, q: ResolvedQuery): DecisionRule[] {
	return table.get(q.model)!.filter((rule) => rule.conditions.every((c) => c.test(q)));
}
