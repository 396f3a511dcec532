import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { copyProject, type ProjectCopy } from './project-copy.ts';

// A docs editor publishes an English page before its Korean page, as help centers launch pages in one language
// first. On a copy of the project: the strict build (the one `npm test` runs) passes and names the file to write; the
// Korean URL shows Starlight's fallback with its notice; its page actions offer the English Markdown copy; no .md copy,
// llms file or link points to a Korean copy that does not exist; `npm run check` passes and names the file too.
const EN = 'content/docs/en/troubleshooting/faq/refunds.mdx';
const KO = 'content/docs/ko/troubleshooting/faq/refunds.mdx';
let copy: ProjectCopy;
let build: { status: number | null; output: string };
const dist = (path: string) => readFileSync(join(copy.dir, 'dist', path), 'utf8');

beforeAll(() => {
	copy = copyProject();
	writeFileSync(
		join(copy.dir, EN),
		'---\ntitle: Can I get a refund?\ndescription: Where to ask about refunds.\n---\n\n' +
			'The help center does not publish a refund policy, so ask support.\n',
	);
	// The page's section is content: one more id in content/docs/sections.json.
	const sections = join(copy.dir, 'content/docs/sections.json');
	const json = JSON.parse(readFileSync(sections, 'utf8'));
	json.sections.find((s: { label: { en: string } }) => s.label.en === 'FAQ').pages.push('troubleshooting/faq/refunds');
	writeFileSync(sections, JSON.stringify(json, null, 2));
	const r = spawnSync(process.execPath, ['scripts/build-strict.ts'], {
		cwd: copy.dir,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
	});
	build = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}, 240_000);
afterAll(() => copy?.remove());

describe('an English page before its Korean page', () => {
	it('builds with the strict build, which names the Korean file to write', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(build.output).toMatch(
			/\[WARN\] \[carat-help:translations\] content\/docs\/ko\/troubleshooting\/faq\/refunds\.mdx/,
		);
		expect(build.output).toContain(`(${EN})`);
	});

	it("shows the English text at the Korean URL, with Starlight's notice, its actions on the English copy", () => {
		const html = dist('ko/troubleshooting/faq/refunds/index.html');
		expect(html).toContain('<html lang="ko"');
		expect(html).toContain('이 콘텐츠는 아직 번역되지 않았습니다.');
		expect(html).toContain('The help center does not publish a refund policy');
		expect(html).toContain('data-copy-page="/docs/en/troubleshooting/faq/refunds.md"');
		expect(html).not.toContain('/docs/ko/troubleshooting/faq/refunds.md');
		expect(existsSync(join(copy.dir, 'dist/en/troubleshooting/faq/refunds.md'))).toBe(true);
		// The phone's language switch offers this page in English.
		expect(html).toMatch(/<a href="\/docs\/en\/troubleshooting\/faq\/refunds\/" hreflang="en"/);
	});

	it('lists the English copy only in English: no llms file names a Korean copy that does not exist', () => {
		expect(dist('llms.txt')).toContain('https://carat.im/docs/en/troubleshooting/faq/refunds.md');
		expect(dist('llms.txt')).not.toContain('/docs/ko/troubleshooting/faq/refunds');
		expect(dist('llms-full.txt')).toContain('# Can I get a refund?');
		expect(dist('ko/llms-full.txt')).not.toContain('refund');
	});

	it('passes npm run check, which names the Korean file to write', () => {
		const check = copy.tool('check.ts');
		expect(check.status, check.output.slice(-3000)).toBe(0);
		expect(check.output).toContain(`warning: ${KO} is not written yet`);
	}, 240_000);

	it('then builds the Korean page once it is written, with no warning', () => {
		writeFileSync(
			join(copy.dir, KO),
			'---\ntitle: 환불받을 수 있나요?\ndescription: 환불 문의는 어디서 하나요.\n---\n\n' +
				'도움말 센터에는 환불 정책이 공개되어 있지 않으니 고객센터에 문의하세요.\n',
		);
		const r = spawnSync(process.execPath, [resolve(copy.dir, 'scripts/build-strict.ts')], {
			cwd: copy.dir,
			encoding: 'utf8',
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		});
		expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
		expect(r.stdout).not.toContain('[carat-help:translations]');
		expect(dist('ko/troubleshooting/faq/refunds/index.html')).not.toContain('이 콘텐츠는 아직 번역되지 않았습니다.');
		expect(dist('ko/llms-full.txt')).toContain('# 환불받을 수 있나요?');
	}, 240_000);
});
