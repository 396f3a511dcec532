import type { RuleSet } from '../engine/compile.ts';
import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import type { ModelOptions } from '../schema/model.ts';
import type { BillingId, ModelId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';
import type { Lasts } from '../schema/grant.ts';
import { audienceWords, costWords, joinedWords, modelLabel, offeredWords, verdictLabel } from './en.ts';
import { modelLabelKo, offeredKo, verdictLabelKo } from './ko.ts';
import type { Period } from '../schema/periods.ts';
import { formatDate, formatDateKo } from './dates.ts';

// The words of `npm run rules:diff` and of the change-log entries it drafts, in English and Korean: one line per
// customer-visible change (verdicts, costs, limits, notes, names, any other value), with or without the rule ids.

/** A verdict as rules:diff compares it; `undefined`: the model is not in the data. */
export interface DiffVerdict {
	status: Status;
	lasts?: Lasts | undefined;
}

/** A published cost as rules:diff compares it. */
export interface DiffCost {
	credits: number;
	approximate: boolean;
	per: string;
	perKo?: string | undefined;
}

/** The named things rules:diff reports a change of name for. */
export type NamedKind = 'model' | 'plan' | 'billing' | 'option';

/** The published single values rules:diff words by name (credits.json `limits`, `prices`). */
export type ValueKind = 'maxVideoSeconds' | 'topUpValidityMonths' | 'price';

/** One customer-visible change between two rule sets (before → after), with the ids of the rules it involves. */
/** A run of signup days, both ends included (`YYYY-MM-DD`); FIRST_DAY or LAST_DAY: open on that side. */
export interface DiffWindow {
	from: string;
	through: string;
}

export type RuleChange =
	| {
			kind: 'verdict';
			model: ModelId;
			/** Option values the change is limited to (none: every option of the model). */
			options: ModelOptions;
			cells: { plan: PlanId; billing: BillingId }[];
			window: DiffWindow;
			before: DiffVerdict | undefined;
			after: DiffVerdict | undefined;
			/** Deciding rules before and after (`default`, `plan-start`, `none`, grant ids). */
			rules: [string[], string[]];
	  }
	| {
			kind: 'cost';
			model: ModelId;
			plans: PlanId[];
			/** Generation methods it is limited to, when not every method. */
			methods: string[];
			before: DiffCost | undefined;
			after: DiffCost | undefined;
			id: string;
	  }
	| { kind: 'value'; what: ValueKind; plan?: PlanId; billing?: BillingId; before?: number; after?: number; id?: string }
	| { kind: 'note'; id: string; before?: { en: string; ko?: string }; after?: { en: string; ko?: string } }
	| { kind: 'name'; what: NamedKind; id: string; lang: 'en' | 'ko'; before?: string; after?: string }
	| { kind: 'field'; where: string; before: unknown; after: unknown; id?: string }
	/** A promotion's own days (a grant's `offered`) changed: every member it covers, whenever they joined. */
	| { kind: 'offer'; id: string; model: ModelId; before?: Period | Period[]; after?: Period | Period[] };

/** Both rule sets of a diff: names are looked up in `after`, else in `before` (a thing removed). */
export interface DiffSets {
	before: RuleSet;
	after: RuleSet;
}

/** How one language words a rules:diff report. */
export interface ChangeWords {
	/** One change as one line; `ids`: with the rule ids in parentheses (the report), else without (a summary). */
	line(sets: DiffSets, change: RuleChange, ids: boolean): string;
	/** The report's heading: `Changes for customers since HEAD (3):`. */
	heading(ref: string, count: number): string;
	/** The report when nothing changed. */
	none(ref: string): string;
	/** The heading of the list of article lines that name a changed model. */
	review(count: number): string;
	/** What `--write` printed. */
	drafted(file: string, id: string): string;
	/** What `--amend` printed. */
	amended(file: string, id: string): string;
}

const setOf = (sets: DiffSets, has: (r: RuleSet) => boolean) => (has(sets.after) ? sets.after : sets.before);
const modelSet = (sets: DiffSets, id: ModelId) => setOf(sets, (r) => r.models.has(id));
const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));
const n = (x: number) => x.toLocaleString('en-US');

/** A signup range in Korean, the year not repeated: `2025년 11월 21일~30일 가입`, `2026년 12월 1일 이후 가입`. */
function joinedKo(window: DiffWindow): string {
	const from = window.from > FIRST_DAY ? window.from : undefined;
	const through = window.through < LAST_DAY ? window.through : undefined;
	if (from && through) {
		const [fy, fm] = from.split('-');
		const [ty, tm, td] = through.split('-').map(Number);
		const end =
			fy !== String(ty) ? formatDateKo(through) : fm !== String(tm).padStart(2, '0') ? `${tm}월 ${td}일` : `${td}일`;
		return `${formatDateKo(from)}~${end} 가입`;
	}
	if (from) return `${formatDateKo(from)} 이후 가입`;
	if (through) return `${formatDateKo(through)} 이전 가입`;
	return '가입일 무관';
}

/** Who a Korean rules:diff line is about: `모든 요금제`, or `Premium 연간 / Max`. */
function audienceKo(rules: RuleSet, cells: readonly { plan: PlanId; billing: BillingId }[]): string {
	if (cells.length === rules.data.plans.length * rules.data.billing.length) return '모든 요금제';
	return rules.data.plans
		.map((p) => {
			const cycles = rules.data.billing.filter((b) => cells.some((c) => c.plan === p.id && c.billing === b.id));
			if (!cycles.length) return '';
			return cycles.length === rules.data.billing.length
				? p.name
				: `${p.name} ${cycles.map((b) => b.names?.ko ?? b.name).join(', ')}`;
		})
		.filter(Boolean)
		.join(' / ');
}

const planNames = (sets: DiffSets, plans: readonly PlanId[], all: string) => {
	const r = setOf(sets, (s) => plans.every((p) => s.plans.has(p)));
	return plans.length === r.data.plans.length ? all : plans.map((p) => r.plans.get(p)?.name ?? p).join(' / ');
};
const nameOf = (sets: DiffSets, what: NamedKind, id: string, lang: 'en' | 'ko'): string => {
	const find = (r: RuleSet) =>
		what === 'model'
			? r.data.models.find((m) => m.id === id)
			: what === 'plan'
				? r.data.plans.find((p) => p.id === id)
				: what === 'billing'
					? r.data.billing.find((b) => b.id === id)
					: Object.values(r.data.options)
							.flat()
							.find((o) => o.id === id);
	const x: { name: string; names?: { ko?: string | undefined } | undefined } | undefined =
		find(sets.after) ?? find(sets.before);
	return (lang === 'ko' ? x?.names?.ko : undefined) ?? x?.name ?? id;
};
const withIds = (text: string, ids: boolean, rules: string | undefined) => (ids && rules ? `${text} (${rules})` : text);

const EN_VALUES: Record<ValueKind, (v: number) => string> = {
	maxVideoSeconds: (v) => `${n(v)} seconds`,
	topUpValidityMonths: (v) => `${n(v)} month${v === 1 ? '' : 's'}`,
	price: (v) => `$${n(v)} a month`,
};
const KO_VALUES: Record<ValueKind, (v: number) => string> = {
	maxVideoSeconds: (v) => `${n(v)}초`,
	topUpValidityMonths: (v) => `${n(v)}개월`,
	price: (v) => `월 $${n(v)}`,
};
const EN_NAMED: Record<NamedKind, string> = {
	model: 'Model',
	plan: 'Plan',
	billing: 'Billing cycle',
	option: 'Option',
};
const KO_NAMED: Record<NamedKind, string> = { model: '모델', plan: '요금제', billing: '결제 주기', option: '옵션' };

/** English rules:diff words. */
export const CHANGE_WORDS_EN: ChangeWords = {
	line(sets, c, ids) {
		switch (c.kind) {
			case 'verdict': {
				const set = modelSet(sets, c.model);
				const label = (v: DiffVerdict | undefined) => (v ? verdictLabel(v.status, v.lasts) : 'Not listed');
				return withIds(
					`${modelLabel(set, c.model, c.options)} · ${audienceWords(set, c.cells)} · ${joinedWords(c.window) ?? 'any signup date'}: ${label(c.before)} → ${label(c.after)}`,
					ids,
					`${c.rules[0].join(', ')} → ${c.rules[1].join(', ')}`,
				);
			}
			case 'cost': {
				const set = modelSet(sets, c.model);
				const cost = (x: DiffCost | undefined) => (x ? costWords(x) : 'no published cost');
				const methods = c.methods.length
					? `, ${c.methods.map((m) => nameOf(sets, 'option', m, 'en')).join(' or ')}`
					: '';
				return withIds(
					`${modelLabel(set, c.model)}${methods} · ${planNames(sets, c.plans, 'all plans')} · cost: ${cost(c.before)} → ${cost(c.after)}`,
					ids,
					c.id,
				);
			}
			case 'value': {
				const what = {
					maxVideoSeconds: 'Longest video one generation makes',
					topUpValidityMonths: 'Topped-up credits stay valid for',
					price: `${c.plan ? nameOf(sets, 'plan', c.plan, 'en') : ''} price${c.billing ? `, ${nameOf(sets, 'billing', c.billing, 'en').toLowerCase()} billing` : ''}`,
				}[c.what];
				const v = (x: number | undefined) => (x === undefined ? 'not published' : EN_VALUES[c.what](x));
				return withIds(`${what}: ${v(c.before)} → ${v(c.after)}`, ids, c.id);
			}
			case 'note': {
				// The Korean text when only it changed (the English one was left as it was).
				const ko = c.before && c.after && c.before.en === c.after.en;
				const text = c.after ? (c.before ? `Note changed${ko ? ' (Korean text)' : ''}` : 'Note added') : 'Note removed';
				const quote = (x: { en: string; ko?: string } | undefined) => (x ? `“${(ko && x.ko) || x.en}”` : '—');
				return withIds(`${text}: ${quote(c.before)} → ${quote(c.after)}`, ids, c.id);
			}
			case 'name':
				return withIds(
					`${EN_NAMED[c.what]} ${c.lang === 'ko' ? 'Korean name' : 'name'}: ${c.before ?? '—'} → ${c.after ?? '—'}`,
					ids,
					c.id,
				);
			case 'field':
				return withIds(`${c.where}: ${show(c.before)} → ${show(c.after)}`, ids, c.id);
			case 'offer': {
				const days = (x: Period | Period[] | undefined) => offeredWords(x) ?? 'offered on every day';
				return withIds(
					`${modelLabel(modelSet(sets, c.model), c.model)} · promotion for every member it covers, whenever they joined: ${days(c.before)} → ${days(c.after)}`,
					ids,
					c.id,
				);
			}
		}
	},
	heading: (ref, count) => `Changes for customers since ${ref} (${count}):`,
	none: (ref) => `No changes for customers since ${ref}.`,
	review: (count) => `Article lines that name a changed model, to review (${count}):`,
	drafted: (file, id) =>
		`Drafted entry "${id}" in ${file}: polish its summaries (en, ko), then commit it with the data.`,
	amended: (file, id) => `The last entry of ${file}, "${id}", now has the data's fingerprint; its text is unchanged.`,
};

/** Korean rules:diff words (`--lang ko`). */
export const CHANGE_WORDS_KO: ChangeWords = {
	line(sets, c, ids) {
		switch (c.kind) {
			case 'verdict': {
				const set = modelSet(sets, c.model);
				const label = (v: DiffVerdict | undefined) => (v ? verdictLabelKo(v.status, v.lasts) : '목록에 없음');
				return withIds(
					`${modelLabelKo(set, c.model, c.options)} · ${audienceKo(set, c.cells)} · ${joinedKo(c.window)}: ${label(c.before)} → ${label(c.after)}`,
					ids,
					`${c.rules[0].join(', ')} → ${c.rules[1].join(', ')}`,
				);
			}
			case 'cost': {
				const set = modelSet(sets, c.model);
				const cost = (x: DiffCost | undefined) =>
					x ? `${x.perKo ?? x.per} 1개당 ${x.approximate ? '약 ' : ''}${n(x.credits)}크레딧` : '공개된 비용 없음';
				const methods = c.methods.length
					? `, ${c.methods.map((m) => nameOf(sets, 'option', m, 'ko')).join(' 또는 ')}`
					: '';
				return withIds(
					`${modelLabelKo(set, c.model)}${methods} · ${planNames(sets, c.plans, '모든 요금제')} · 비용: ${cost(c.before)} → ${cost(c.after)}`,
					ids,
					c.id,
				);
			}
			case 'value': {
				const what = {
					maxVideoSeconds: '한 번에 만들 수 있는 영상 길이',
					topUpValidityMonths: '충전한 크레딧의 유효 기간',
					price: `${c.plan ? nameOf(sets, 'plan', c.plan, 'ko') : ''}${c.billing ? ` ${nameOf(sets, 'billing', c.billing, 'ko')} 결제` : ''} 요금`,
				}[c.what];
				const v = (x: number | undefined) => (x === undefined ? '공개되지 않음' : KO_VALUES[c.what](x));
				return withIds(`${what}: ${v(c.before)} → ${v(c.after)}`, ids, c.id);
			}
			case 'note': {
				// The English text when only it changed (the Korean one was left as it was).
				const ko = c.before?.ko !== c.after?.ko;
				const changed = `유의 사항 변경${c.before && c.after && !ko ? '(영어 문구)' : ''}`;
				const text = c.after ? (c.before ? changed : '유의 사항 추가') : '유의 사항 삭제';
				const quote = (x: { en: string; ko?: string } | undefined) => (x ? `“${(ko && x.ko) || x.en}”` : '—');
				return withIds(`${text}: ${quote(c.before)} → ${quote(c.after)}`, ids, c.id);
			}
			case 'name':
				return withIds(
					`${KO_NAMED[c.what]} ${c.lang === 'ko' ? '한국어 이름' : '이름'}: ${c.before ?? '—'} → ${c.after ?? '—'}`,
					ids,
					c.id,
				);
			case 'field':
				return withIds(`${c.where}: ${show(c.before)} → ${show(c.after)}`, ids, c.id);
			case 'offer': {
				const days = (x: Period | Period[] | undefined) => offeredKo(x) ?? '기간 제한 없이 제공';
				return withIds(
					`${modelLabelKo(modelSet(sets, c.model), c.model)} · 가입일과 관계없이 대상 회원 모두에게 적용되는 프로모션: ${days(c.before)} → ${days(c.after)}`,
					ids,
					c.id,
				);
			}
		}
	},
	heading: (ref, count) => `${ref} 이후 고객에게 달라지는 점 (${count}개):`,
	none: (ref) => `${ref} 이후 고객에게 달라지는 점이 없어요.`,
	review: (count) => `바뀐 모델을 언급하는 문서 줄, 검토가 필요해요 (${count}개):`,
	drafted: (file, id) => `${file}에 "${id}" 항목 초안을 추가했어요. 요약(en, ko)을 다듬은 뒤 데이터와 함께 커밋하세요.`,
	amended: (file, id) => `${file}의 마지막 항목 "${id}"의 fingerprint를 지금 데이터에 맞췄어요. 내용은 그대로예요.`,
};

/** The rules:diff words of each language. */
export const CHANGE_WORDS: Record<'en' | 'ko', ChangeWords> = { en: CHANGE_WORDS_EN, ko: CHANGE_WORDS_KO };

/** A day of a change-log entry in each language: `Nov 22, 2026`, `2026년 11월 22일`. */
export const ENTRY_DATE: Record<'en' | 'ko', (iso: string) => string> = { en: formatDate, ko: formatDateKo };
