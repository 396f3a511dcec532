import { describe, expect, it } from 'vitest';
import { modelNamed, modelNamings, nameKey } from '../../src/rules/engine/aliases.ts';
import { parseRuleFiles, validateRuleData, RuleDataError } from '../../src/rules/checks/validate.ts';
import { readRuleTexts } from '../../src/lib/rule-files.ts';
import { rules } from '../../src/rules/index.ts';
import { checkEligibilityTool, estimateCreditsTool } from '../../src/agents/tools.ts';
import { choicesOf } from '../../src/components/choices.ts';
import { checkerParams } from '../../src/components/checker-state.ts';
import { parseLine } from '../../src/components/estimator-state.ts';
import { readParams } from '../../src/components/url-state.ts';
import { uiStrings } from '../../src/components/ui-strings.ts';
import { queryTerms } from '../../src/search/analyzer.ts';
import { SYNONYMS } from '../../src/search/synonyms.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };

// Issue 16: the names customers type. Seed 001 lists "Sora / Sora2" and "Veo / Veo 3"; Korean customers write 소라,
// 비오, 클링, 미드저니, 나노바나나. Each leads to one model in the checker's links, the estimator, the tools and search.

describe('a name customers type leads to one model', () => {
	it.each([
		['sora', 'sora-2'],
		['Sora2', 'sora-2'],
		['소라', 'sora-2'],
		['Veo 3', 'veo-3'],
		['비오', 'veo-3'],
		['Google Veo', 'veo-3'],
		['클링', 'kling'],
		['미드저니', 'midjourney'],
		['나노바나나', 'nanobanana'],
		['나노바나나 프로', 'nanobanana-pro'],
		['Nanobanana 2', 'nanobanana-2'],
		['LTX', 'carat-video'],
		['립싱크', 'lip-sync'],
	])('%s -> %s', (text, model) => {
		expect(modelNamed(rules.data, text)).toBe(model);
	});

	it.each(['Seedance', 'imagen', ''])('%j names no model (Seedance is two)', (text) => {
		expect(modelNamed(rules.data, text)).toBe(undefined);
	});

	it('refuses an alias that names two models, naming both', () => {
		const texts = readRuleTexts();
		const models = JSON.parse(texts['models.json']!);
		models.models.find((m: { id: string }) => m.id === 'kling').aliases = { en: ['Sora'] };
		texts['models.json'] = JSON.stringify(models);
		let problems: string[] = [];
		try {
			validateRuleData(parseRuleFiles(texts));
		} catch (e) {
			problems = (e as RuleDataError).problems;
		}
		expect(problems.join('\n')).toMatch(/model "kling": alias "Sora" also names model "sora-2"/);
	});
});

describe('the tools take a name for its model, and say so', () => {
	const OK = { plan: 'premium', billing: 'monthly', joined: '2026-03-10', asOf: '2026-11-22' };

	it('check_eligibility: "sora" is Sora 2, which uses credits', () => {
		const result = checkEligibilityTool.run(rules, { ...OK, model: 'sora' }).structuredContent!;
		expect(result.verdict).toBe('credits');
		expect(result.modelNames).toEqual(['Took "sora" to mean Sora 2.']);
		expect((result.query as { model: string }).model).toBe('sora-2');
	});

	it('check_eligibility in Korean: "소라"', () => {
		const result = checkEligibilityTool.run(rules, { ...OK, model: '소라', locale: 'ko' }).structuredContent!;
		expect(result.modelNames).toEqual(['입력한 "소라" → Sora 2 기준으로 답했어요.']);
	});

	it('estimate_credits: a line of "LTX" is Carat Video', () => {
		const result = estimateCreditsTool.run(rules, {
			plan: 'plus',
			billing: 'monthly',
			lines: [{ model: 'LTX', count: 2 }],
		}).structuredContent!;
		expect(result.modelNames).toEqual(['Took "LTX" to mean Carat Video (LTX).']);
		// Two at the published cost (credits.json), so a price change changes the figure, not this test.
		expect(result.total).toBe(2 * rules.data.credits.costs.find((c) => c.model === 'carat-video')!.credits);
	});

	it('an id needs no note, and an unknown name is still refused', () => {
		expect(checkEligibilityTool.run(rules, { ...OK, model: 'sora-2' }).structuredContent!.modelNames).toBe(undefined);
		expect(checkEligibilityTool.run(rules, { ...OK, model: 'imagen' }).isError).toBe(true);
	});
});

describe('the widgets’ links take a name for its model', () => {
	const { link, fields } = uiStrings('en', en);
	const choices = choicesOf(rules.data, 'en');

	it.each([
		['?model=sora', 'sora-2'],
		['?model=%EC%86%8C%EB%9D%BC', 'sora-2'],
		['?model=Nano%20Banana%20Pro', 'nanobanana-pro'],
	])('checker %s', (search, model) => {
		const read = readParams(search, checkerParams(choices, fields), link);
		expect(read).toEqual({ values: { model }, lists: {}, problems: [] });
	});

	it('estimator line=veo~2', () => {
		expect(parseLine('veo~2', choices, link)).toMatchObject({ model: 'veo-3', count: '2' });
	});
});

describe('search reads each alias as its model', () => {
	const langOf = (text: string) => (/[가-힣]/.test(text) ? 'ko' : 'en');
	const aliases = modelNamings(rules.data).filter((n) => n.kind === 'alias');
	const nameOf = (id: string) => rules.models.get(id as never)!;

	it.each(aliases.map((a) => [a.text, a.model]))('%s shares a word with %s’s name', (text, model) => {
		const lang = langOf(text);
		const m = nameOf(model);
		const name = lang === 'ko' ? (m.names?.ko ?? m.name) : m.name;
		const words = (t: string) => queryTerms(t, lang, SYNONYMS).filter((w) => !/^\d/.test(w));
		const shared = words(text).filter((w) => words(name).includes(w) || words(m.name).includes(w));
		expect(shared, `${text} -> ${words(text).join(' ')}; ${name} -> ${words(name).join(' ')}`).not.toEqual([]);
	});

	it('compares names without case, spaces, hyphens or dots', () => {
		expect(nameKey('Seedance 2.0-Fast')).toBe('seedance20fast');
	});
});
