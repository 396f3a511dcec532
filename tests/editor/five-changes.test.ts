import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptRangeSnapshot, checkContent } from '../../src/lib/content-check.ts';
import { fixTables } from '../../src/lib/fix-tables.ts';
import { loadRules } from '../../src/lib/rule-files.ts';
import { writeChangeLogEntry } from '../../src/lib/change-log.ts';
import { monthlyCredits } from '../../src/rules/index.ts';

// Issue 20's five editor changes, each on a copy of content/ only (the site's own rules stay what the seeds say), made
// as the README's editor section walks them: edit JSON and Markdown under content/, `npm run fix` (fixTables),
// `npm run snapshot` (acceptRangeSnapshot), then `npm run check` (checkContent) must be green. No TypeScript is
// touched:
// the copy holds nothing but content/.
type Json = Record<string, any>;
let root: string | undefined;
afterEach(() => {
	if (root) rmSync(root, { recursive: true, force: true });
	root = undefined;
});
const copy = () => {
	root = mkdtempSync(join(tmpdir(), 'editor-'));
	cpSync('content', join(root, 'content'), { recursive: true });
	return root;
};
const json = (dir: string, file: string, edit: (j: Json) => void) => {
	const path = join(dir, file);
	const data = JSON.parse(readFileSync(path, 'utf8'));
	edit(data);
	writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
};
const text = (dir: string, file: string, edit: (t: string) => string) => {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	expect(after, `${file} unchanged`).not.toBe(before);
	writeFileSync(path, after);
};
const FAQ = (locale: string) => `content/docs/${locale}/troubleshooting/faq/plus-plan-faq.mdx`;
const SOURCE = { article: 'troubleshooting/faq/plus-plan-faq', anchor: 'credits-per-model' };
const byId = (list: Json[], id: string) => list.find((x) => x.id === id)!;
const problems = (dir: string) => checkContent(dir, { snapshot: true }).problems;
const finish = (dir: string) => {
	expect(fixTables(dir).problems).toEqual([]);
	// `npm run rules:diff -- --write`: the change log's entry, drafted from the change (the build refuses data without).
	writeChangeLogEntry(dir, loadRules(), { date: '2026-12-02' });
	expect(acceptRangeSnapshot(dir).problems).toEqual([]);
	expect(problems(dir)).toEqual([]);
};

describe("the editor's five changes, on a copy of content/", () => {
	it('a price change: Carat Video on Plus 3 credits cheaper, done by following what npm run check says', () => {
		const dir = copy();
		let was = 0;
		json(dir, 'content/rules/credits.json', (c) => {
			const cost = byId(c.costs, 'carat-video-plus-5s');
			was = cost.credits;
			cost.credits = was - 3;
		});
		const now = was - 3;
		const found = problems(dir);
		// The examples that state the old cost, each by file, line and id, with the written and the new answer.
		expect(found).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^content/rules/examples/credits\\.json:\\d+: example "[^"]+": expected \\{"creditsEach":\\[${was}\\].*, the rules now give \\{"creditsEach":\\[${now}\\]`,
				),
			),
		);
		// Every sentence that states the old cost, in both languages, by file and line.
		const sentences = found.filter((p) => p.includes(`: ${was} is not in the data`));
		expect(new Set(sentences.map((p) => p.split('/')[2]))).toEqual(new Set(['en', 'ko']));
		// Do what each message says: the sentence gets the data's figure; the example its new answer.
		for (const p of found) {
			const [file, line] = p.split(':') as [string, string];
			const example =
				/^content\/rules\/examples\/.*: example "([^"]+)": expected .*, the rules now give (\{.*\}) — /.exec(p);
			if (example)
				json(dir, file, (f) => {
					const entry = f.examples.find((e: Json) => e.id === example[1]);
					const answer = JSON.parse(example[2]!.replaceAll('"(none)"', 'null'));
					entry.expected = Object.fromEntries(Object.entries(answer).filter(([, v]) => v !== null));
				});
			else if (p.startsWith('content/rules/changes.json')) expect(p).toMatch(/npm run rules:diff -- --write/);
			else if (p.includes(`: ${was} is not in the data`))
				text(dir, file, (t) =>
					t
						.split('\n')
						.map((l, i) =>
							i + 1 === Number(line)
								? l.replaceAll(`${was} credits`, `${now} credits`).replaceAll(`${was}크레딧`, `${now}크레딧`)
								: l,
						)
						.join('\n'),
				);
		}
		finish(dir);
		// The derived figures follow from the data: the Plus month is read from the same videos at the new cost.
		const monthly = monthlyCredits(loadRules(dir), 'plus' as never)!;
		expect([monthly.generations, monthly.each.credits]).toEqual([
			monthlyCredits(loadRules(), 'plus' as never)!.generations,
			now,
		]);
	});

	it('a new model with a cost and a grant: Imagen 4, about 40 credits an image on Plus, unlimited for Pro', () => {
		const dir = copy();
		json(dir, 'content/rules/models.json', (m) => {
			const midjourney = byId(m.models, 'midjourney');
			m.models.splice(m.models.indexOf(midjourney) + 1, 0, {
				id: 'imagen-4',
				name: 'Imagen 4',
				kind: 'image',
				default: structuredClone(midjourney.default),
			});
		});
		json(dir, 'content/rules/credits.json', (c) =>
			c.costs.push({
				id: 'imagen-4-plus',
				model: 'imagen-4',
				plans: ['plus'],
				credits: 40,
				approximate: true,
				per: 'image',
				perNames: { ko: '이미지' },
				basis: 'stated',
				source: SOURCE,
				checked: '2026-12-02',
			}),
		);
		json(dir, 'content/rules/grants.json', (g) =>
			g.grants.push({
				id: 'imagen-4-pro',
				model: 'imagen-4',
				result: 'unlimited',
				plans: ['pro'],
				basis: 'stated',
				source: { article: 'troubleshooting/usage-plan/unlimited-benefit-scope', anchor: 'unlimited-image-models' },
				reference: 'https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope',
				checked: '2026-12-02',
			}),
		);
		expect(problems(dir)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^content\/docs\/en\/troubleshooting\/faq\/plus-plan-faq\.mdx:\d+: the data's "40 credits"/,
				),
			]),
		);
		text(dir, FAQ('en'), (t) =>
			t.replace('- **Google Veo,', '- **Imagen 4:** about 40 credits per image.\n- **Google Veo,'),
		);
		text(dir, FAQ('ko'), (t) =>
			t.replace('- **Google Veo,', '- **Imagen 4:** 이미지 한 장에 약 40크레딧이 들어요.\n- **Google Veo,'),
		);
		finish(dir);
		const article = readFileSync(
			join(dir, 'content/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope.mdx'),
			'utf8',
		);
		expect(article).toContain('| Imagen 4 | Pro members, any signup date |');
		expect(article).toContain('| Imagen 4 | All other members |');
	});

	it('a new promotion for one plan and billing cycle: Kling unlimited for Pro annual signups from Dec 1, 2026', () => {
		const dir = copy();
		json(dir, 'content/rules/grants.json', (g) =>
			g.grants.push({
				id: 'kling-pro-annual-from-2026-12-01',
				model: 'kling',
				result: 'unlimited',
				plans: ['pro'],
				billing: ['annual'],
				joined: { from: '2026-12-01' },
				basis: 'stated',
				source: { article: 'troubleshooting/usage-plan/unlimited-benefit-scope', anchor: 'unlimited-video-models' },
				reference: 'https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope',
				checked: '2026-12-02',
			}),
		);
		// The tables and the snapshot are behind until fix and snapshot run: check names them.
		const found = problems(dir);
		expect(
			found.some((p) => p.includes('rules-table unlimited kind=video') || p.includes('"rules-table unlimited')),
		).toBe(true);
		expect(found.some((p) => p.startsWith('content/rules/snapshots/verdict-ranges.csv:'))).toBe(true);
		// Sentences the tables do not rewrite ("Sora 2, Veo 3, Kling and Seedance deduct credits") are named to re-read.
		expect(checkContent(dir, { snapshot: true }).warnings).toContainEqual(
			expect.stringMatching(
				/^content\/docs\/en\/troubleshooting\/usage-plan\/unlimited-video-generation-pro-business\.mdx:\d+: names Kling, whose verdicts change/,
			),
		);
		finish(dir);
		const article = readFileSync(
			join(dir, 'content/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope.mdx'),
			'utf8',
		);
		expect(article).toContain('| Kling | Pro members on annual billing who joined on or after Dec 1, 2026 |');
		// Kling stays in the "uses credits" table, for everyone else.
		expect(article).toContain('| Kling | All other members |');
	});

	it('a new article in both languages, its section in content/docs/sections.json', () => {
		const dir = copy();
		const page = (title: string, words: string) => `---\ntitle: ${title}\ndescription: ${title}.\n---\n\n${words}\n`;
		writeFileSync(
			join(dir, 'content/docs/en/troubleshooting/faq/refunds.mdx'),
			page('Can I get a refund?', 'The help center does not publish a refund policy, so ask support.'),
		);
		writeFileSync(
			join(dir, 'content/docs/ko/troubleshooting/faq/refunds.mdx'),
			page('환불받을 수 있나요?', '도움말 센터에는 환불 정책이 나와 있지 않아요. 고객센터에 문의해 주세요.'),
		);
		expect(problems(dir)).toEqual([
			'content/docs/en/troubleshooting/faq/refunds.mdx:1: the page is in no section — add "troubleshooting/faq/refunds" to a section\'s "pages" in content/docs/sections.json',
		]);
		json(dir, 'content/docs/sections.json', (s) =>
			s.sections.find((x: Json) => x.label.en === 'FAQ').pages.push('troubleshooting/faq/refunds'),
		);
		finish(dir);
	});

	it('a cost that applies to every plan: Kling, about 100 credits a 5-second video, "plans" left out', () => {
		const dir = copy();
		json(dir, 'content/rules/credits.json', (c) =>
			c.costs.push({
				id: 'kling-5s',
				model: 'kling',
				credits: 100,
				approximate: true,
				per: '5-second video',
				perNames: { ko: '5초 영상' },
				basis: 'stated',
				source: SOURCE,
				checked: '2026-12-02',
			}),
		);
		text(dir, FAQ('en'), (t) =>
			t.replace('- **Google Veo,', '- **Kling:** about 100 credits per generation, on every plan.\n- **Google Veo,'),
		);
		text(dir, FAQ('ko'), (t) =>
			t.replace('- **Google Veo,', '- **Kling:** 어느 요금제든 한 번 생성에 약 100크레딧이 들어요.\n- **Google Veo,'),
		);
		text(dir, 'content/rules/examples/eligibility.json', (t) =>
			t.replace(
				'  "examples": [\n',
				'  "examples": [\n    {\n      "id": "kling-business-100-credits",\n      "name": "Kling on Business: about 100 credits, as on every plan",\n      "question": "eligibility",\n      "source": {"article": "troubleshooting/faq/plus-plan-faq", "anchor": "credits-per-model"},\n      "input": {"plan": "business", "billing": "annual", "joined": "2026-06-01", "model": "kling"},\n      "expected": {"verdict": "credits", "creditsPerGeneration": 100}\n    },\n',
			),
		);
		finish(dir);
	});
});
