import { readRuleTexts } from '../../src/lib/rule-files.ts';
import { validateRuleData } from '../../src/rules/checks/validate.ts';
import type { RuleSet } from '../../src/rules/engine/compile.ts';
import type { RuleFiles } from '../editor/examples.ts';

// Promotions that start or stop on a calendar day (issue 17), as edits of COPIES of the committed rule data: the
// sources state no such day, so the site's own rules have none. The README's worked example 4 is the first one.

type Json = Record<string, any>;
const grant = (f: RuleFiles, id: string) => f['grants.json'].grants.find((g: Json) => g.id === id);
const source = {
	basis: 'stated',
	source: { article: 'troubleshooting/usage-plan/unlimited-benefit-scope', anchor: 'unlimited-video-models' },
	reference: 'https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope',
	checked: '2026-11-22',
};

/** The committed rule files, parsed, as a fresh copy. */
export const liveFiles = (): RuleFiles =>
	Object.fromEntries(Object.entries(readRuleTexts()).map(([f, t]) => [f, JSON.parse(t!)])) as RuleFiles;

/** The committed rules after `edits`, validated as the build validates them (throws `RuleDataError`). */
export function rulesWith(...edits: ((f: RuleFiles) => void)[]): RuleSet {
	const files = liveFiles();
	for (const edit of edits) edit(files);
	return validateRuleData(files);
}

/** README worked example 4: ChatGPT Image 2.0 Low stops being unlimited after Dec 31, 2026, for everyone it covers. */
export const lowEnds = (f: RuleFiles) => {
	grant(f, 'chatgpt-image-2.0-low-premium-pro').offered = { until: '2026-12-31' };
};

/** A six-month Kling promotion for Premium (and so Max), Jan 1 to Jun 30, 2027, whenever the member joined. */
export const klingHalfYear = (f: RuleFiles) => {
	f['grants.json'].grants.push({
		id: 'kling-premium-2027-h1',
		model: 'kling',
		result: 'unlimited',
		plans: ['premium'],
		offered: { from: '2027-01-01', until: '2027-06-30' },
		...source,
	});
};

/** Sora 2 unlimited for one month from signup for Pro members who join from Jan 1, 2027. */
export const soraMonth = (f: RuleFiles) => {
	f['grants.json'].grants.push({
		id: 'sora-2-pro-first-month',
		model: 'sora-2',
		result: 'unlimited',
		plans: ['pro'],
		joined: { from: '2027-01-01' },
		lasts: { months: 1 },
		...source,
	});
};

/** Editing elements inside a generated video: not available until Jan 31, 2027, then it uses credits. */
export const videoEditFromFeb = (f: RuleFiles) => {
	const model = f['models.json'].models.find((m: Json) => m.id === 'video-element-edit');
	model.default = [
		{ ...model.default, offered: { until: '2027-01-31' } },
		{ ...structuredClone(model.default), result: 'credits', offered: { from: '2027-02-01' } },
	];
};
