import type { RuleSet } from '../engine/compile.ts';
import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import type { ChangeCustomer, ChangeEntry } from '../schema/changes.ts';
import type { ModelId } from '../schema/ids.ts';
import { CHANGE_WORDS, type RuleChange } from '../words/change-words.ts';
import { ruleRefs } from './rule-refs.ts';

// The change-log entry `npm run rules:diff -- --write` drafts from the changes it reports: the editor polishes its
// summaries; the rule ids, the affected customer and the fingerprint are the data's.

/** The ids of the rules a change involves that exist in `after` (a removed grant is named by its model). */
export function touchedRules(changes: readonly RuleChange[], after: RuleSet): string[] {
	const known = ruleRefs(after.data);
	const ids = changes.flatMap((c): string[] => {
		if (c.kind === 'verdict')
			return [...c.rules[0], ...c.rules[1], c.model].map((id) => (known.has(id) ? id : c.model));
		if (c.kind === 'cost') return [c.id, c.model];
		return c.kind === 'value' ? (c.id ? [c.id] : []) : [c.id ?? ''];
	});
	return [...new Set(ids.filter((id) => known.has(id)))];
}

/** The models a change is about (by id), for the review of the articles' sentences. */
export function changedModels(changes: readonly RuleChange[], before: RuleSet, after: RuleSet): ModelId[] {
	const models = new Set<ModelId>();
	const refs = new Map([...ruleRefs(before.data), ...ruleRefs(after.data)]);
	for (const c of changes)
		if (c.kind === 'verdict' || c.kind === 'cost') models.add(c.model);
		else if (c.kind === 'name' && c.what === 'model') models.add(c.id as ModelId);
		else if ('id' in c && c.id && refs.get(c.id)?.model) models.add(refs.get(c.id)!.model as ModelId);
	return [...models];
}

/**
 * A customer the first verdict (else cost) change affects, as the checker's link carries it: its first plan and billing
 * cycle, a signup date inside the changed range, and the model with its options; `asOf` when that signup date is after
 * `today`. `undefined` when no verdict or cost changed.
 */
export function affectedCustomer(
	changes: readonly RuleChange[],
	after: RuleSet,
	today: string,
): ChangeCustomer | undefined {
	const verdict = changes.find((c) => c.kind === 'verdict' && c.after && after.models.has(c.model));
	const cost = changes.find((c) => c.kind === 'cost' && c.after && after.models.has(c.model));
	const found = verdict ?? cost;
	if (!found || (found.kind !== 'verdict' && found.kind !== 'cost')) return undefined;
	const model = found.model;
	const { plan, billing } =
		verdict?.kind === 'verdict'
			? verdict.cells[0]!
			: { plan: cost!.kind === 'cost' ? cost!.plans[0]! : after.data.plans[0]!.id, billing: after.data.billing[0]!.id };
	const window = verdict?.kind === 'verdict' ? verdict.window : undefined;
	const joined: string = !window
		? today
		: window.from > FIRST_DAY
			? window.from
			: window.through < LAST_DAY
				? window.through
				: today;
	const options = verdict?.kind === 'verdict' ? verdict.options : {};
	return {
		plan,
		billing,
		joined,
		model,
		...(joined > today && { asOf: joined }),
		...(options.resolution?.[0] && { resolution: options.resolution[0] }),
		...(options.method?.[0] && { method: options.method[0] }),
	};
}

/** The summary of an entry in one language: each change as a sentence, or a re-check when no value changed. */
function summaryOf(lang: 'en' | 'ko', changes: readonly RuleChange[], before: RuleSet, after: RuleSet): string {
	if (!changes.length)
		return lang === 'en'
			? 'Checked against the Carat help center again; no rule changed for customers.'
			: 'Carat 도움말 센터와 다시 대조했어요. 고객에게 달라지는 규칙은 없어요.';
	return changes.map((c) => `${CHANGE_WORDS[lang].line({ before, after }, c, false)}.`).join(' ');
}

/**
 * The entry that logs the change from `before` to `after`, dated `date` (`YYYY-MM-DD`, the editor's calendar day),
 * with an id not yet in `log` (`2026-12-02-z-image-from-2025-12-17`, then `-2`…), both summaries drafted from the
 * change words, the rule ids touched, an affected customer and `fingerprint` (of `after`'s files).
 */
export function draftEntry(
	before: RuleSet,
	after: RuleSet,
	changes: readonly RuleChange[],
	{ date, fingerprint, log }: { date: string; fingerprint: string; log: readonly ChangeEntry[] },
): ChangeEntry {
	const rules = touchedRules(changes, after);
	const base = `${date}-${rules[0] ?? 'checked'}`;
	let id = base;
	for (let i = 2; log.some((e) => e.id === id); i++) id = `${base}-${i}`;
	const customer = affectedCustomer(changes, after, date);
	return {
		id,
		date,
		summary: { en: summaryOf('en', changes, before, after), ko: summaryOf('ko', changes, before, after) },
		rules,
		...(customer && { customer }),
		fingerprint,
	};
}
