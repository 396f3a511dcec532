import { describe, expect, it } from 'vitest';
import { parseRuleFiles, validateRuleData } from '../../src/rules/checks/validate.ts';
import { duplicateKeys } from '../../src/rules/checks/parse-files.ts';
import { readRuleTexts } from '../../src/lib/rule-files.ts';
import { articleHeadings } from '../../src/lib/article-headings.ts';
import { rules } from '../../src/rules/index.ts';
import type { RuleFileName } from '../../src/rules/schema/rule-data.ts';
import { problemsAfter, type Json, type Texts } from './rule-edits.ts';

// Every guarantee the build makes, on a broken copy of the committed data: the problem names the file, the field or
// the grant ids, and (for overlaps) an example query. The build runs this same validation (rule-data-check.ts);
// tests/build/guarantees.test.ts proves that `astro build` stops on it.
const headings = articleHeadings();
const grant = (f: Record<RuleFileName, Json>, id: string) => f['grants.json'].grants.find((g: Json) => g.id === id);

describe('rule data validation', () => {
	it('accepts the committed data, and it is the data the rules evaluate', () => {
		expect(problemsAfter(() => {})).toEqual([]);
		expect(validateRuleData(parseRuleFiles(readRuleTexts()), headings).data).toEqual(rules.data);
	});

	it.each<{ name: string; edit?: (f: Record<RuleFileName, Json>) => void; text?: (t: Texts) => void; says: RegExp }>([
		{
			name: 'invalid JSON (file and line)',
			text: (t) => (t['grants.json'] = t['grants.json']!.replace('"result": "unlimited",', '"result": "unlimited"')),
			says: /^content\/rules\/grants\.json:\d+: not valid JSON/,
		},
		{
			name: 'an empty file',
			text: (t) => (t['models.json'] = '\n'),
			says: /^content\/rules\/models\.json:1: the file is empty/,
		},
		{
			name: 'an unknown plan in a grant',
			edit: (f) => (f['grants.json'].grants[0].plans[0] = 'gold'),
			says: /grants\.json: grant "nanobanana-plus-pro-from-2025-12-01" \(grants\[0\]\)\.plans: unknown plan id "gold"/,
		},
		{
			name: 'a model removed from models.json',
			edit: (f) => (f['models.json'].models = f['models.json'].models.filter((m: Json) => m.id !== 'z-image')),
			says: /grant "z-image-from-2025-12-17" \(grants\[\d+\]\)\.model: unknown model id "z-image" \(content\/rules\/models\.json has no such model\)/,
		},
		{
			name: 'an impossible date',
			edit: (f) => (f['grants.json'].grants[0].joined.from = '2026-02-30'),
			says: /grants\.json: grant "nanobanana-plus-pro-from-2025-12-01" \(grants\[0\]\)\.joined\.from: "2026-02-30" is not a calendar date/,
		},
		{
			name: 'a date outside 2020–2099',
			edit: (f) => (f['grants.json'].grants[0].joined.from = '2101-01-01'),
			says: /\(grants\[0\]\)\.joined\.from: "2101-01-01" is outside 2020-01-01 … 2099-12-31/,
		},
		{
			name: 'a window that runs backwards',
			edit: (f) =>
				(grant(f, 'nanobanana-pro-1k-2k-joined-2025-11-21-to-30').joined = {
					from: '2025-11-30',
					through: '2025-11-21',
				}),
			says: /grant "nanobanana-pro-1k-2k-joined-2025-11-21-to-30".*\.joined: the window runs backwards/,
		},
		{
			name: 'a missing source',
			edit: (f) => delete f['grants.json'].grants[3].source,
			says: /grants\.json: grant "[a-z0-9.-]+" \(grants\[3\]\)\.source: /,
		},
		{
			name: 'a misspelled field',
			edit: (f) => (f['models.json'].models[0].kynd = 'image'),
			says: /models\.json: models\[0\] \(nanobanana\): .*kynd/,
		},
		{
			name: 'an option the model lacks',
			edit: (f) => (f['grants.json'].grants[0].options = { resolution: ['4K'] }),
			says: /grant "nanobanana-plus-pro-from-2025-12-01".*\.options\.resolution: Nanobanana \(base\) has no resolution "4K"/,
		},
		{
			name: 'a duplicated grant id',
			edit: (f) => (f['grants.json'].grants[1].id = f['grants.json'].grants[0].id),
			says: /grants\.json: grants: id "nanobanana-plus-pro-from-2025-12-01" appears twice/,
		},
		{
			name: 'a grant on a model that is not available yet',
			edit: (f) => (f['grants.json'].grants[0].model = 'video-element-edit'),
			says: /\.model: "video-element-edit" is not available yet/,
		},
		{
			name: 'two grants that overlap with different results',
			edit: (f) =>
				f['grants.json'].grants.push({
					...grant(f, 'z-image-from-2025-12-17'),
					id: 'z-image-confirm',
					result: 'confirm',
					joined: { from: '2026-06-01' },
				}),
			says: /grants\.json: grants "z-image-from-2025-12-17" and "z-image-confirm" overlap \(Unlimited \/ Check My Credits\): both cover Plus, monthly, joined 2026-06-01 \(Jun 1, 2026\), Z Image/,
		},
		{
			name: 'a grant that can never decide anything',
			edit: (f) =>
				f['grants.json'].grants.push({
					...grant(f, 'nanobanana-2-1k-max-annual-from-2026-05-22'),
					id: 'nanobanana-2-max-annual-too-early',
					joined: { through: '2026-05-01' },
				}),
			says: /grants\.json: grant "nanobanana-2-max-annual-too-early" never decides anything/,
		},
		{
			name: 'an empty grant list',
			edit: (f) => (f['grants.json'].grants = []),
			says: /grants\.json: grants: the list is empty/,
		},
		{
			name: 'a source heading that does not exist',
			edit: (f) => (f['grants.json'].grants[0].source.anchor = 'no-such-heading'),
			says: /grant "nanobanana-plus-pro-from-2025-12-01" \(grants\[0\]\)\.source: content\/docs\/en\/troubleshooting\/usage-plan\/unlimited-benefit-scope\.mdx has no heading #no-such-heading/,
		},
		{
			name: 'a source article that does not exist',
			edit: (f) => (f['models.json'].models[0].default.source.article = 'troubleshooting/nowhere'),
			says: /models\[0\] \(nanobanana\)\.default\.source: article "troubleshooting\/nowhere" does not exist/,
		},
		{
			name: 'an unknown agent in a note',
			edit: (f) => (f['notes.json'].notes[0].when.agents = ['agent-3.0']),
			says: /notes\.json: notes\[0\] \(agent-2-default-video-model\)\.when\.agents: unknown agent id "agent-3.0"/,
		},
		{
			name: 'a negative cost',
			edit: (f) => (f['credits.json'].costs[0].credits = -33),
			says: /credits\.json: costs\[0\] \([a-z0-9.-]+\)\.credits: -33 is too small/,
		},
		// Issue 21: every number within its published range, the field named (a grant's id first), no duplicate key, no
		// BOM.
		{
			name: 'a benefit lasting a billion years',
			edit: (f) => (grant(f, 'carat-video-premium-from-2026-02-25').lasts.years = 1e9),
			says: /^content\/rules\/grants\.json: grant "carat-video-premium-from-2026-02-25" \(grants\[\d+\]\)\.lasts\.years: 1000000000 is too big \(maximum 80\)$/,
		},
		{
			name: 'a benefit lasting past 2099',
			edit: (f) => (grant(f, 'carat-video-premium-from-2026-02-25').lasts.years = 80),
			says: /^content\/rules\/grants\.json: grant "carat-video-premium-from-2026-02-25" \(grants\[\d+\]\)\.lasts\.years: 80 years from a signup on 2026-02-25 last past 2099-12-31/,
		},
		{
			name: 'a benefit lasting a fraction of a year',
			edit: (f) => (grant(f, 'carat-video-premium-from-2026-02-25').lasts.years = 1.5),
			says: /grant "carat-video-premium-from-2026-02-25" \(grants\[\d+\]\)\.lasts\.years: expected int/,
		},
		{
			name: 'a cost of 1e308 credits',
			edit: (f) => (f['credits.json'].costs[0].credits = 1e308),
			says: /^content\/rules\/credits\.json: costs\[0\] \([a-z0-9.-]+\)\.credits: 1e\+308 is too big \(maximum 100000\)$/,
		},
		{
			name: 'a cost above the estimator’s limit',
			edit: (f) => (f['credits.json'].costs[0].credits = 100_001),
			says: /costs\[0\] \([a-z0-9.-]+\)\.credits: 100001 is too big \(maximum 100000\)$/,
		},
		{
			name: 'monthly generations beyond a count',
			edit: (f) => (f['credits.json'].monthlyCredits[0].derived.generations = 1e7),
			says: /credits\.json: monthlyCredits\[0\]\.derived\.generations: 10000000 is too big \(maximum 100000\)$/,
		},
		{
			name: 'published generations beyond a count',
			edit: (f) => (f['credits.json'].generationsPerMonth[0].generations = 1e7),
			says: /credits\.json: generationsPerMonth\[0\]\.generations: 10000000 is too big \(maximum 100000\)$/,
		},
		{
			name: 'a price of 1e308 dollars',
			edit: (f) => (f['credits.json'].prices[0].usd = 1e308),
			says: /credits\.json: prices\[0\]\.usd: 1e\+308 is too big \(maximum 10000\)$/,
		},
		{
			name: 'a video a day long',
			edit: (f) => (f['credits.json'].limits.maxVideoSeconds.value = 86_400),
			says: /credits\.json: limits\.maxVideoSeconds\.value: 86400 is too big \(maximum 3600\)$/,
		},
		{
			name: 'top-ups valid past the calendar',
			edit: (f) => (f['credits.json'].limits.topUpValidityMonths.value = 1000),
			says: /credits\.json: limits\.topUpValidityMonths\.value: 1000 is too big \(maximum 960\)$/,
		},
		{
			name: 'a key written twice in one object (file, line, the grant by id, key)',
			text: (t) =>
				(t['grants.json'] = t['grants.json']!.replace(
					/"lasts":\s*\{[^}]*\}/,
					(lasts) => `${lasts}, "lasts": {"years": 2}`,
				)),
			says: /^content\/rules\/grants\.json:\d+: grant "carat-video-premium-from-2026-02-25" \(grants\[\d+\]\): key "lasts" appears twice in one object/,
		},
		{
			name: 'a key written twice in a nested object',
			text: (t) => (t['credits.json'] = t['credits.json']!.replace('"limits": {', '"limits": {"maxVideoSeconds": 1,')),
			says: new RegExp(`^content/rules/credits\\.json:\\d+: limits: key "maxVideoSeconds" appears twice`),
		},
		{
			name: 'a byte order mark',
			text: (t) => (t['models.json'] = `\uFEFF${t['models.json']}`),
			says: /^content\/rules\/models\.json:1: the file starts with a byte order mark \(BOM\)/,
		},
		{
			name: 'plans that inherit in a circle',
			edit: (f) => (f['plans.json'].plans[1].sameBenefitsAs = 'max'),
			says: /plans\.json: plans\[1\] \(premium\)\.sameBenefitsAs: plans inherit from each other in a circle/,
		},
	])('$name', ({ edit, text, says }) => {
		const problems = problemsAfter(edit ?? (() => {}), text);
		expect(
			problems.some((p) => says.test(p)),
			problems.join('\n'),
		).toBe(true);
	});

	it('names the line of the repeated key itself, and the path of its object', () => {
		const text =
			'{\n  "grants": [\n    { "id": "a",\n      "lasts": { "years": 1 },\n      "lasts": { "years": 2 } }\n  ],\n  "x": { "y": 1, "y": 2 }\n}';
		expect(duplicateKeys(text)).toEqual([
			{ key: 'lasts', line: 5, path: 'grants[0]' },
			{ key: 'y', line: 7, path: 'x' },
		]);
	});
});
