import type { RuleSet } from '../engine/compile.ts';
import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import type { Audience } from './en.ts';
import type { LaterStart } from './later-starts.ts';
import type { Lasts, SignupWindow } from '../schema/grant.ts';
import { periodsOf, type Period } from '../schema/periods.ts';
import type { ModelOptions } from '../schema/model.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';
import { formatDateKo, formatRangeKo } from './dates.ts';

export { formatDateKo } from './dates.ts';

// Every sentence about a rule, in Korean: what en.ts says in English, for the Korean pages (content/docs/ko/).
// Names come from the data (`names.ko`, else the brand name in `name`). The prose test compares the Korean articles
// with these words, so a phrase changed here is a change for `npm run fix` to write into them.

/** A thing with a display name and, maybe, its Korean name. */
type Named = { name: string; names?: { ko?: string | undefined } | undefined };
/** The Korean name of a plan, billing cycle, model or option value: `names.ko`, else `name` (brand names). */
const ko = (x: Named) => x.names?.ko ?? x.name;
/** `A, B 또는 C`. */
const orList = (items: string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} 또는 ${items.at(-1)}` : (items[0] ?? '');

/** The status as the Korean tables say it: `무제한`, `크레딧 사용`, `내 크레딧 확인`, `아직 지원되지 않음`. */
export function statusLabelKo(status: Status): string {
	return { unlimited: '무제한', credits: '크레딧 사용', confirm: '내 크레딧 확인', unsupported: '아직 지원되지 않음' }[
		status
	];
}

/** How long a benefit lasts: `1년`, `6개월`, `1년 6개월`, `10일`. */
export function durationKo(lasts: Lasts): string {
	return [lasts.years && `${lasts.years}년`, lasts.months && `${lasts.months}개월`, lasts.days && `${lasts.days}일`]
		.filter(Boolean)
		.join(' ');
}

/** A verdict with its duration: `1년간 무제한`, `크레딧 사용`. */
export function verdictLabelKo(status: Status, lasts?: Lasts): string {
	return status === 'unlimited' && lasts ? `${durationKo(lasts)}간 무제한` : statusLabelKo(status);
}

/**
 * Two days as a Korean range, the year (and the month inside one month) not repeated: `2027년 1월 1일~6월 30일`,
 * `2025년 11월 21일~30일`, `2026년 12월 1일~2027년 1월 31일`.
 */
export function dayRangeKo(from: string, until: string): string {
	const [y1, m1] = from.split('-');
	const [y2, m2, d2] = until.split('-').map(Number);
	const end =
		y1 !== String(y2) ? formatDateKo(until) : m1 !== String(m2).padStart(2, '0') ? `${m2}월 ${d2}일` : `${d2}일`;
	return `${formatDateKo(from)}~${end}`;
}

/** The days a promotion holds: `2027년 1월 1일~6월 30일 제공`, `2026년 12월 31일까지 제공`, `2027년 1월 1일부터 제공`. */
export function offeredKo(offered: Period | readonly Period[] | undefined): string | undefined {
	const periods = periodsOf(offered).map((p) =>
		p.from && p.until
			? dayRangeKo(p.from, p.until)
			: p.from
				? `${formatDateKo(p.from)}부터`
				: p.until
					? `${formatDateKo(p.until)}까지`
					: '매일',
	);
	return periods.length ? `${periods.join(', ')} 제공` : undefined;
}

/** Korean name of a model, e.g. `lip-sync` -> `립싱크`, `nanobanana-pro` -> `Nanobanana Pro`. */
export function modelNameKo(rules: RuleSet, id: ModelId): string {
	return ko(rules.models.get(id)!);
}

/** Korean name of an option value, e.g. (`method`, `start-end-frames`) -> `시작·끝 프레임`. */
export function optionNameKo(rules: RuleSet, field: keyof RuleSet['data']['options'], id: string): string {
	const option = rules.data.options[field].find((o) => o.id === id);
	return option ? ko(option) : id;
}

/**
 * The "모델" cell of a table row: the model name, then the option values it is limited to (`Nanobanana Pro, 1K 또는 2K`).
 */
export function modelLabelKo(rules: RuleSet, model: ModelId, options?: ModelOptions): string {
	const qualifiers = Object.entries(options ?? {}).map(([field, ids]) =>
		orList(ids.map((id) => optionNameKo(rules, field as 'method', id))),
	);
	return [modelNameKo(rules, model), ...qualifiers].join(', ');
}

/** `연간`, or `월간 또는 연간`. */
export function billingListKo(rules: RuleSet, billing: readonly BillingId[]): string {
	return orList(rules.data.billing.filter((b) => billing.includes(b.id)).map(ko));
}

/** `Premium / Max / Pro` in plan order (plan names are brand names). */
export function planListKo(rules: RuleSet, plans: readonly PlanId[]): string {
	return rules.data.plans
		.filter((p) => plans.includes(p.id))
		.map(ko)
		.join(' / ');
}

/**
 * A signup range as a clause before `회원`: `2026년 2월 25일 이후에 가입한`, `2025년 11월 21일부터 2025년 11월 30일까지
 * 가입한`, `… 이전에 가입한` (이후/이전 include the day, as Korean rules use them); `undefined` for any date.
 */
export function joinedClauseKo(window: SignupWindow | undefined): string | undefined {
	const from = window?.from && window.from > FIRST_DAY ? window.from : undefined;
	const through = window?.through && window.through < LAST_DAY ? window.through : undefined;
	if (from && through) return `${formatRangeKo(from, through)}에 가입한`;
	if (from) return `${formatDateKo(from)} 이후에 가입한`;
	if (through) return `${formatDateKo(through)} 이전에 가입한`;
	return undefined;
}

/**
 * The "who" cell of a grant's row, e.g. `2026년 2월 25일 이후에 가입한 Premium / Max / Pro 회원`,
 * `2026년 5월 22일 이후에 가입한 연간 결제 Max 회원`, `Pro / Business 회원, 가입일 무관`.
 */
export function whoTextKo(rules: RuleSet, a: Audience): string {
	const all = a.plans.length === rules.data.plans.length;
	const billing = a.billing ? `${billingListKo(rules, a.billing)} 결제 ` : '';
	const members = `${all ? '모든 ' : ''}${billing}${all ? '' : `${planListKo(rules, a.plans)} `}회원`;
	const joined =
		joinedClauseKo(a.joined) ?? (a.result === 'confirm' ? '도움말 센터에 공개되지 않은 날짜 이후에 가입한' : undefined);
	const lasts = a.lasts ? `, 가입일부터 ${durationKo(a.lasts)}간` : '';
	const offered = offeredKo(a.offered);
	const tail = `${lasts}${offered ? `, ${offered}` : ''}`;
	return joined ? `${joined} ${members}${tail}` : `${members}, 가입일 무관${tail}`;
}

/** A table row's addition for a plan whose benefits start later (`. 2026년 5월 22일 전에 가입한 … 확인`). */
export function laterStartTextKo(rules: RuleSet, l: LaterStart): string {
	return `. ${formatDateKo(l.from)} 전에 가입한 ${billingListKo(rules, [l.billing])} 결제 ${planListKo(rules, [l.plan])} 회원은 내 크레딧에서 확인`;
}

/** Table headers per view of `rules-table` markers, in Korean. */
export const TABLE_HEADERS_KO = {
	unlimited: ['모델', '무제한 대상'],
	confirm: ['모델', '내 크레딧 확인이 필요한 회원'],
	credits: ['모델', '크레딧 사용 대상'],
	conversation: ['모델', '대화 크레딧'],
} as const;

/** "크레딧 사용 대상" cell of a model (or option) no grant covers. */
export const EVERYONE_KO = '모든 회원';
/** 일부 회원에게만 무제한인 모델의 "크레딧 사용 대상" 칸: 나머지 회원. */
export const EVERYONE_ELSE_KO = '그 밖의 모든 회원';
/** 표에서 출처를 이 사이트가 해석한 규칙의 행 끝에 붙는 말. */
export const READING_MARK_KO = '(이 사이트의 해석)';

/** A conversation tier in Korean: `low` -> `낮음`, `medium` -> `보통`, `high` -> `높음`. */
export const tierNameKo = (tier: string): string => ({ low: '낮음', medium: '보통', high: '높음' })[tier] ?? tier;
