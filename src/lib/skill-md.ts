import { RULE_TOOLS } from '../agents/tools.ts';
import { choicesOf } from '../components/choices.ts';
import { rules } from '../rules/committed.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { DEFAULT_PORT } from '../mcp/http.ts';
import { BASE, SITE } from '../rules/schema/links.ts';

// The Agent Skill of the help center (`/docs/skill.md`, `/docs/ko/skill.md`): the Agent Skills format (YAML
// frontmatter `name` and `description`, then Markdown instructions) telling an assistant when to use the help center,
// which tools and files it has, and how to answer a customer. Tool names come from src/agents/tools.ts, plan and
// billing names from the rule data; every URL is one the site builds (a test fetches each).

const DOCS = `${SITE}${BASE}`;

/** Where a locale's copy of a file is: the default locale's at the root (`/docs/x`), the others under theirs. */
const at = (locale: Locale, file: string) => `${DOCS}/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${file}`;

/** The MCP server's own tools (src/mcp/server.ts), besides the rule tools. */
const DOCS_TOOLS = ['search_docs', 'get_page'] as const;

/** The words of the skill in one language. */
interface SkillWords {
	description: string;
	headings: { when: string; tools: string };
	when: string[];
	tools: string;
	docsTools: Record<(typeof DOCS_TOOLS)[number], string>;
	files: Record<'title' | 'llms' | 'full' | 'markdown' | 'rules' | 'schema' | 'agentTools' | 'widgets', string>;
	mcp: { title: string; stdio: string; http: string };
	answer: { title: string; steps: (plans: string, billing: string) => string[] };
}

const WORDS: Record<Locale, SkillWords> = {
	en: {
		description:
			'Answers questions about Carat (carat.im), the app for AI images and videos: plans, which models are unlimited for a customer, why credits were deducted, how many generations credits buy. Use it when someone asks about Carat plans, "unlimited" benefits or credits.',
		headings: { when: 'When to use it', tools: 'Tools' },
		when: [
			'A customer asks whether a model is unlimited on their plan, or why credits were deducted for it.',
			'A customer asks how many images or videos their credits buy, or what a set of generations costs.',
			"Someone needs the help center's article on a Carat plan, promotion or error message.",
		],
		tools:
			"The rule tools give the same answers as the help center's widgets. They are registered with WebMCP on the widget pages and offered by the MCP server:",
		docsTools: {
			search_docs: 'search the articles (MCP server)',
			get_page: 'read one article as Markdown (MCP server)',
		},
		files: {
			title: 'Files',
			llms: 'every article, as its Markdown copy',
			full: 'all English articles in one file',
			markdown: 'any page as Markdown: its URL + `.md`, e.g.',
			rules: 'the rules behind every answer (plans, models, benefits with signup windows, credit costs)',
			schema: 'the JSON Schema of rules.json',
			agentTools: 'the rule tools with the JSON Schema of each input',
			widgets:
				'the widgets; a link with the answers in its address (e.g. `?plan=premium&billing=annual&joined=2026-03-01`) opens them filled in:',
		},
		mcp: {
			title: 'MCP server',
			stdio: 'stdio, in a checkout of the site after `npm install` and `npm run build`:',
			http: 'Streamable HTTP on this machine, same tools:',
		},
		answer: {
			title: 'How to answer a customer',
			steps: (plans, billing) => [
				`Ask for what the answer depends on: the plan (${plans}), the billing cycle (${billing}), the signup date (YYYY-MM-DD) and the model, with its resolution or generation method where it has one.`,
				"Take the day the question is about (`asOf`) as today on the customer's calendar (most customers are in Korea), unless they ask about another day.",
				'Call `check_eligibility` for one model, `list_benefits` for all of them, `estimate_credits` for a cost. Give its one-sentence answer, the last day of an unlimited benefit (`until`) and the link it returns.',
				'A "Check My Credits" verdict means the help center does not publish the answer: send the customer to Active benefits on My Credits in the app, or to support.',
				"The answers come from the help center's published rules, not the customer's account. Say so, and do not promise more than the tool returns.",
			],
		},
	},
	ko: {
		description:
			'AI 이미지·영상 앱 Carat(carat.im)의 요금제, 고객에게 무제한인 모델, 크레딧이 차감된 이유, 크레딧으로 만들 수 있는 생성 수에 답해요. Carat 요금제, 무제한 혜택, 크레딧에 관한 질문에 쓰세요.',
		headings: { when: '언제 쓰나요', tools: '도구' },
		when: [
			'고객이 자기 요금제에서 어떤 모델이 무제한인지, 왜 크레딧이 차감됐는지 물을 때',
			'고객이 가진 크레딧으로 이미지나 영상을 몇 개 만들 수 있는지, 생성 비용이 얼마인지 물을 때',
			'Carat 요금제, 프로모션, 오류 메시지에 관한 도움말 문서가 필요할 때',
		],
		tools:
			'규칙 도구는 도움말 센터의 위젯과 같은 답을 줘요. 위젯이 있는 페이지에는 WebMCP로 등록되고, MCP 서버에서도 쓸 수 있어요.',
		docsTools: { search_docs: '문서 검색(MCP 서버)', get_page: '문서 하나를 Markdown으로 읽기(MCP 서버)' },
		files: {
			title: '파일',
			llms: '모든 문서 목록(각 문서의 Markdown 사본)',
			full: '한국어 문서 전체를 한 파일로',
			markdown: '모든 페이지의 Markdown 사본: 페이지 URL 뒤에 `.md`를 붙여요. 예:',
			rules: '모든 답의 근거인 규칙(요금제, 모델, 가입일별 혜택, 크레딧 비용)',
			schema: 'rules.json의 JSON Schema',
			agentTools: '규칙 도구와 각 입력의 JSON Schema',
			widgets:
				'위젯. 답을 주소에 담은 링크(예: `?plan=premium&billing=annual&joined=2026-03-01`)를 열면 입력된 채로 보여요:',
		},
		mcp: {
			title: 'MCP 서버',
			stdio: 'stdio: 사이트 저장소에서 `npm install`, `npm run build` 후',
			http: 'Streamable HTTP(이 컴퓨터에서만), 같은 도구:',
		},
		answer: {
			title: '고객에게 답하는 방법',
			steps: (plans, billing) => [
				`답을 정하는 정보를 확인하세요: 요금제(${plans}), 결제 주기(${billing}), 가입일(YYYY-MM-DD), 모델(해상도나 생성 방식이 있는 모델은 그것까지).`,
				'고객이 다른 날을 묻지 않으면 기준일(`asOf`)은 고객 달력의 오늘이에요(고객 대부분은 한국에 있어요).',
				'모델 하나는 `check_eligibility`, 모든 모델은 `list_benefits`, 비용은 `estimate_credits`로 확인하세요. 도구가 주는 한 문장 답, 무제한 혜택의 마지막 날(`until`), 링크를 함께 전하세요.',
				'결과가 "내 크레딧 확인"이면 도움말 센터에 공개되지 않은 답이에요. 앱의 [내 크레딧] > [혜택 사용중]을 확인하거나 고객센터에 문의하도록 안내하세요.',
				'답은 도움말 센터에 공개된 규칙으로 계산한 것이며, 고객 계정을 조회한 것이 아니에요. 이 점을 알리고, 도구가 준 답 이상을 약속하지 마세요.',
			],
		},
	},
};

/** `/docs/skill.md` (English) or `/docs/<locale>/skill.md`: the Agent Skill, frontmatter first. */
export function buildSkill(locale: Locale = DEFAULT_LOCALE): string {
	const w = WORDS[locale];
	const choices = choicesOf(rules.data, locale);
	const names = (pairs: readonly (readonly [string, string])[]) => pairs.map(([, name]) => name).join(', ');
	const page = (path: string) => `${DOCS}/${locale}/${path}`;
	return [
		'---',
		'name: carat-help',
		`description: ${JSON.stringify(w.description)}`,
		'---',
		'',
		'# Carat Help',
		'',
		`## ${w.headings.when}`,
		'',
		...w.when.map((line) => `- ${line}`),
		'',
		`## ${w.headings.tools}`,
		'',
		w.tools,
		'',
		...RULE_TOOLS.map((t) => `- \`${t.name}\` (${t.title}): ${t.description}`),
		...DOCS_TOOLS.map((name) => `- \`${name}\`: ${w.docsTools[name]}`),
		'',
		`## ${w.files.title}`,
		'',
		`- ${DOCS}/llms.txt: ${w.files.llms}`,
		`- ${at(locale, 'llms-full.txt')}: ${w.files.full}`,
		`- ${w.files.markdown} ${page('tools/am-i-unlimited')}.md`,
		`- ${DOCS}/rules.json: ${w.files.rules}`,
		`- ${DOCS}/rules.schema.json: ${w.files.schema}`,
		`- ${DOCS}/agent-tools.json: ${w.files.agentTools}`,
		`- ${w.files.widgets} ${page('tools/am-i-unlimited/')}, ${page('tools/credit-estimator/')}`,
		'',
		`## ${w.mcp.title}`,
		'',
		`- ${w.mcp.stdio} \`npx carat-help-mcp\``,
		`- ${w.mcp.http} \`npx carat-help-mcp --http\` → http://127.0.0.1:${DEFAULT_PORT}/mcp`,
		'',
		`## ${w.answer.title}`,
		'',
		...w.answer.steps(names(choices.plans), names(choices.billing)).map((step, i) => `${i + 1}. ${step}`),
		'',
	].join('\n');
}
