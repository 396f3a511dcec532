import type { GrantField, ResolvedQuery } from '../engine/rule-index.ts';
import type { RuleSet } from '../engine/compile.ts';
import { FIELD_LABELS_KO, FORM_LABELS_KO } from './labels.ts';
import { FIRST_DAY, LAST_DAY } from '../schema/calendar.ts';
import { isCalendarDate, today } from '../schema/day.ts';
import { FIELDS, LIMITS, type FieldName } from '../schema/fields.ts';
import { formFields, formShape, lineOf } from '../schema/forms.ts';
import type { AnswerWords } from './answers.ts';
import { quoted } from './en.ts';
import type { AnswerInput } from './en.ts';
import type { InputProblem } from '../engine/input-checks.ts';
import type { Grant } from '../schema/grant.ts';
import type { BillingId, PlanId } from '../schema/ids.ts';
import type { Status } from '../schema/status.ts';
import {
	READING_MARK_KO,
	formatDateKo,
	modelLabelKo,
	modelNameKo,
	optionNameKo,
	statusLabelKo,
	whoTextKo,
} from './ko.ts';

// What the widgets say about a rule on the Korean pages: the English answers of en.ts, written in Korean. The
// widget's heading already names the model (`Seedream 4.0: 무제한`), so an answer starts with the verdict, and a
// particle never follows a name whose last sound this module cannot know.

// Grouped as en-US writes it (9,999), which Korean uses too; a ko-KR formatter costs a long task to create.
const n = (x: number) => x.toLocaleString('en-US');
const about = (approximate: boolean) => (approximate ? '약 ' : '');
// Plan names are brand names, the same in Korean.
const planKo = (rules: RuleSet, id: PlanId) => rules.plans.get(id)!.name;
const billingKo = (rules: RuleSet, id: BillingId) => {
	const billing = rules.data.billing.find((b) => b.id === id)!;
	return billing.names?.ko ?? billing.name;
};

/** Who a grant covers, as the Korean tables say it, then its option values: `… 회원 (1K)`. */
function grantWhoKo(rules: RuleSet, grant: Grant): string {
	const who = whoTextKo(rules, { ...grant, plans: rules.reach.get(grant.id)! });
	const options = Object.entries(grant.options ?? {}).map(([field, ids]) =>
		ids.map((id) => optionNameKo(rules, field as 'method', id)).join(' 또는 '),
	);
	return options.length ? `${who} (${options.join(', ')})` : who;
}

/** The customer's facts a grant does not match: `Plus 요금제, 월간 결제, 2026년 3월 10일 가입, 2K`. */
function factsKo(rules: RuleSet, failed: readonly GrantField[], q: ResolvedQuery): string {
	return failed
		.map((field) => {
			switch (field) {
				case 'plan':
					return `${planKo(rules, q.plan)} 요금제`;
				case 'billing':
					return `${billingKo(rules, q.billing)} 결제`;
				case 'joined':
					return `${formatDateKo(q.joined)} 가입`;
				case 'resolution':
					return optionNameKo(rules, 'resolution', q.resolution ?? '');
				case 'method':
					return optionNameKo(rules, 'method', q.method ?? '');
			}
		})
		.join(', ');
}

function answerKo(rules: RuleSet, d: AnswerInput): string {
	const q = d.query;
	const t = d.trace;
	switch (d.status) {
		case 'unsupported':
			return '아직 어떤 요금제에서도 지원되지 않는 기능이에요.';
		case 'confirm':
			if (t.kind === 'default' && t.planStart)
				return `도움말 센터에는 ${planKo(rules, q.plan)} ${billingKo(rules, q.billing)} 결제가 ${formatDateKo(t.planStart)} 이후 가입자부터 무제한 혜택을 받는다고만 나와 있고, 그 전에 가입한 회원(나의 가입일: ${formatDateKo(q.joined)})의 혜택은 나와 있지 않아요. 내 크레딧의 [혜택 사용중]에서 확인하세요.`;
			return `나에게 무제한일 수 있어요. 대상: ${t.kind === 'grant' ? grantWhoKo(rules, t.grant) : '일부 회원'}. 내 크레딧의 [혜택 사용중]에서 확인하세요.`;
		case 'unlimited': {
			const who = t.kind === 'grant' ? grantWhoKo(rules, t.grant) : '';
			return d.unlimitedUntil
				? `${formatDateKo(d.unlimitedUntil)}까지 나에게 무제한이고, 그 뒤로는 크레딧이 차감돼요. 대상: ${who}.`
				: `나에게 무제한이에요. 대상: ${who}.`;
		}
		case 'credits': {
			if (t.kind === 'grant' && t.ended)
				return `가입일부터 ${t.grant.lasts!.years}년간 받던 무제한 혜택이 ${formatDateKo(t.ended)}에 끝나서, 지금은 크레딧이 차감돼요.`;
			const misses = (x: (typeof d.notCovered)[number]) => x.failed.length + (x.failed.includes('plan') ? 0.5 : 0);
			const closest = [...d.notCovered].sort((a, b) => misses(a) - misses(b))[0];
			if (!closest) return '모든 회원에게 크레딧이 차감돼요. 이 모델을 무제한으로 만드는 프로모션은 없어요.';
			return `크레딧이 차감돼요. 무제한 대상은 ${grantWhoKo(rules, closest.grant)}이고, 나의 조건(${factsKo(rules, closest.failed, q)})은 여기에 해당하지 않아요.`;
		}
	}
}

const shown = (value: unknown) =>
	typeof value === 'string' && isCalendarDate(value) ? formatDateKo(value) : quoted(value);

/** What a field takes, in Korean: `가능한 값: plus, premium`, `YYYY-MM-DD 형식의 날짜`… */
function expectedKo(field: FieldName, values?: readonly string[]): string {
	const f = FIELDS[field];
	if (f.type === 'id' || f.type === 'enum') return `가능한 값: ${values?.join(', ')}`;
	if (f.type === 'date') return 'YYYY-MM-DD 형식의 날짜';
	if (f.type === 'whole') return `${n(LIMITS[field as 'count'].min)}부터 ${n(LIMITS[field as 'count'].max)}까지의 정수`;
	return `${f.type === 'list' ? '항목 목록' : '객체'} ${formShape(f.of)}`;
}

/** The Korean message of an input problem (the English ones: en.ts `PROBLEM_MESSAGES`). */
function problemKo(p: InputProblem): string {
	const line = lineOf(p.path);
	const named = (text: string) => (line === undefined ? text : `${text}, ${line}번째 항목`);
	const label = (field: keyof typeof FIELD_LABELS_KO) => named(FIELD_LABELS_KO[field]);
	switch (p.kind) {
		case 'notOneOf':
			return `${label(p.args[0])}: 고를 수 있는 값이 아니에요 (${quoted(p.args[1])}; 가능한 값: ${p.args[2].join(', ')}).`;
		case 'notDate':
			return `${label(p.args[0])}: YYYY-MM-DD 형식의 날짜가 아니에요 (${quoted(p.args[1])}).`;
		case 'outOfRange':
			return `${label(p.args[0])}: ${formatDateKo(FIRST_DAY)}부터 ${formatDateKo(LAST_DAY)} 사이의 날짜를 입력하세요 (${quoted(p.args[1])}).`;
		case 'joinedAfterAsOf': {
			const [joined, asOf] = p.args;
			return `${FIELD_LABELS_KO.joined}: ${shown(joined)}이 ${asOf === undefined ? '오늘' : FIELD_LABELS_KO.asOf}(${formatDateKo(asOf ?? today())})보다 늦어요.`;
		}
		case 'notWholeNumber': {
			const [field, value] = p.args;
			return `${label(field)}: ${quoted(value)} 대신 ${n(LIMITS[field].min)}부터 ${n(LIMITS[field].max)}까지의 정수를 입력하세요.`;
		}
		case 'tooManyLines':
			return `${FIELD_LABELS_KO.lines}: ${n(p.args[0])}개예요. 한 번에 최대 ${LIMITS.lines}개까지 계산할 수 있어요.`;
		case 'missing':
			return `${label(p.args[0])}: 값이 없어요 (${expectedKo(p.args[0], p.args[1])}).`;
		case 'notAField':
			return `${named(FORM_LABELS_KO[p.args[0]])}: ${quoted(p.args[1])} 필드는 받지 않아요 (받는 필드: ${formFields(p.args[0]).join(', ')}).`;
		case 'notAnObject':
			return `${named(FORM_LABELS_KO[p.args[0]])}: 객체 ${formShape(p.args[0])} 형식이어야 해요 (${quoted(p.args[1])}).`;
		case 'notAList':
			return `${label(p.args[0])}: ${expectedKo(p.args[0])} 형식이어야 해요 (${quoted(p.args[1])}).`;
	}
}

/** The Korean words (words-ko.ts, and the answers above). */
export const koreanWords: AnswerWords = {
	statusLabel: (status: Status) => statusLabelKo(status),
	modelName: (rules, id) => modelNameKo(rules, id),
	modelLabel: (rules, id, options) => modelLabelKo(rules, id, options),
	queryModelLabel: (rules, q) =>
		modelLabelKo(
			rules,
			q.model,
			Object.fromEntries((['resolution', 'method'] as const).filter((f) => q[f]).map((f) => [f, [q[f]!]])),
		),
	answer: answerKo,
	whoHasIt: (rules, grants) =>
		grants.map((g) =>
			g.result === 'unlimited' ? grantWhoKo(rules, g) : `${grantWhoKo(rules, g)}: 내 크레딧에서 확인`,
		),
	readingMark: READING_MARK_KO,
	tookName: (rules, text, model) => `입력한 ${JSON.stringify(text)} → ${modelNameKo(rules, model)} 기준으로 답했어요.`,
	conflict: ([followed, ...others]) =>
		`Carat 도움말에는 이 이름이 ${others.length + 1}가지로 나와요: "${followed}"(이 사이트 기준), ${others.map((v) => `"${v}"`).join(', ')}.`,
	reading: (reading) => `이 사이트의 해석: ${reading.ko} 최종 확인은 내 크레딧에서 할 수 있어요.`,
	customer: (rules, c) =>
		`${planKo(rules, c.plan)} 요금제, ${billingKo(rules, c.billing)} 결제, ${c.joined ? `가입일 ${formatDateKo(c.joined)}` : '가입일 무관'}, 기준일 ${formatDateKo(c.asOf)}`,
	cost: (cost) => `${cost.perNames?.ko ?? cost.per} 1개당 ${about(cost.approximate)}${n(cost.credits)}크레딧`,
	until: (iso) => `${formatDateKo(iso)}까지`,
	benefitsSummary: (counts) =>
		`나에게 해당하는 결과: ${[
			counts.unlimited && `무제한 ${counts.unlimited}개`,
			counts.confirm && `내 크레딧 확인 ${counts.confirm}개`,
			counts.credits && `크레딧 사용 ${counts.credits}개`,
			counts.unsupported && `아직 지원되지 않음 ${counts.unsupported}개`,
		]
			.filter(Boolean)
			.join(', ')}.`,
	afford: (model, generations, approximate, balance) =>
		generations === 'unlimited'
			? `${model}: 나에게 무제한이라 보유 크레딧이 줄지 않아요.`
			: generations === 'unknown'
				? `${model}: 1회당 크레딧을 알아야 몇 번 만들 수 있는지 계산할 수 있어요.`
				: `${model}: 보유 크레딧 ${about(balance.approximate)}${n(balance.credits)}크레딧으로 ${about(approximate)}${n(generations)}번 만들 수 있어요.`,
	balanceDefault: (rules, plan, monthly) =>
		monthly
			? `비워 두면 ${planKo(rules, plan)} 요금제의 월 크레딧을 ${about(monthly.approximate)}${n(monthly.credits)}크레딧으로 어림해 계산해요 (한 달에 ${modelNameKo(rules, monthly.model)} ${about(monthly.approximate)}${n(monthly.generations)}개 × 1개당 ${about(monthly.each.approximate)}${n(monthly.each.credits)}크레딧). 도움말 센터에 공개된 숫자는 아니니, 실제 보유 크레딧은 내 크레딧에서 확인하세요.`
			: `도움말 센터에 ${planKo(rules, plan)} 요금제의 월 크레딧은 공개되어 있지 않아요. 내 크레딧에 나온 보유 크레딧을 입력하세요.`,
	signupNeeded: (rules, models, plan) =>
		`${FIELD_LABELS_KO.joined}: ${planKo(rules, plan)} 요금제에서는 ${models.map((m) => modelNameKo(rules, m)).join(', ')}의 무제한 혜택이 가입일에 따라 달라져서, 계산하려면 가입일이 필요해요.`,
	estimateSummary: (total, approximate, unpriced) =>
		`공개된 비용 합계: ${about(approximate)}${n(total)}크레딧.${unpriced ? ` 계산에서 빠진 항목 ${unpriced}개.` : ''}`,
	problem: problemKo,
	date: formatDateKo,
	note: (note) => note.texts?.ko ?? note.text,
};
