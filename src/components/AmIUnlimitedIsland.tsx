import { Component } from 'preact';
// Zod-free modules of src/rules, imported one by one so that Vite splits the checker's code from the estimator's.
import { resolveQuery, type ValidQuery } from '../rules/decide.ts';
import { evaluate, type Reason, type Verdict } from '../rules/verdict.ts';
import { unlockOptionsFor, type UnlockOption } from '../rules/unlock.ts';
import { inputProblems } from '../rules/input-checks.ts';
import { today } from '../rules/calendar.ts';
import { decisionData } from '../rules/data.ts';
import { formatDate, planName, statusLabel } from '../rules/words.ts';
import { readParams, replaceSearch, writeParams } from './url-state.ts';
import { CustomerFields, Input, NoScriptNote, Problems, Select } from './fields.tsx';
import { agentOptions, billingOptions, checkerParams, methodOptions, modelInfo, modelOptions, planOptions } from './options.ts';

type State = Record<keyof typeof checkerParams, string>;
const EMPTY: State = { plan: '', billing: decisionData.billing[0]!.id, joined: '', model: '', res: '', method: '', agent: '', asof: '' };

function toQuery(s: State): ValidQuery {
	const info = modelInfo(s.model);
	const q: ValidQuery = { plan: s.plan as never, billing: s.billing as never, joined: s.joined, model: s.model as never };
	if (info?.resolutions && s.res) q.resolution = s.res as never;
	if (info?.methods && s.method) q.method = s.method as never;
	if (s.agent) q.agent = s.agent as never;
	if (s.asof) q.asOf = s.asof;
	return q;
}

type Answer = { verdict: Verdict; unlock: UnlockOption[] } | { error: string } | undefined;

function answer(s: State): Answer {
	if (!s.plan || !s.billing || !s.joined || !s.model) return undefined;
	// The same checks as checkEligibility's zod schema, without shipping zod to the browser.
	const q = toQuery(s);
	const problems = inputProblems(q as unknown as Record<string, unknown>);
	if (problems.length) return { error: problems.map((p) => p.message).join(' ') };
	return { verdict: evaluate(resolveQuery(q)), unlock: unlockOptionsFor(q) };
}

/**
 * The "Am I unlimited?" checker: a form whose answer comes from the rule set (`evaluate`, `unlockOptionsFor`).
 * A class component, so the page needs no `preact/hooks` module (1.1 KB gzip of the widget budget).
 */
export default class AmIUnlimitedIsland extends Component<{ idPrefix?: string }, { ready: boolean; form: State; problems: string[] }> {
	state = { ready: false, form: EMPTY, problems: [] as string[] };

	componentDidMount() {
		const read = readParams(location.search, checkerParams);
		this.setState({ ready: true, form: { ...EMPTY, ...read.values }, problems: read.problems });
	}

	/** Set once the reader changes an input: until then the URL stays the link that was opened. */
	private touched = false;

	componentDidUpdate() {
		if (this.touched) replaceSearch(writeParams(this.state.form), checkerParams);
	}

	render() {
		const { ready, form, problems } = this.state;
		if (!ready)
			return <NoScriptNote what="checker" href="/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-models" linkText="the unlimited benefit tables" />;
		const result = answer(form);
		const set = (key: keyof State) => (value: string) => {
			this.touched = true;
			this.setState({ form: { ...this.state.form, [key]: value } });
		};
		const info = modelInfo(form.model);
		const id = (name: string) => `${this.props.idPrefix ?? 'aiu'}-${name}`;
		return (
			<div class="cw">
				<Problems problems={problems} />
				<form class="cw-form" onSubmit={(e) => e.preventDefault()}>
					<CustomerFields id={id} form={form} plans={planOptions} billings={billingOptions} set={set} />
					<Select id={id('model')} label="Model" value={form.model} options={modelOptions} placeholder="Choose a model" onChange={set('model')} />
					{info?.resolutions && (
						<Select id={id('res')} label="Resolution" value={form.res || info.resolutions[0]!} options={info.resolutions.map((r) => [r, r] as const)} onChange={set('res')} />
					)}
					{info?.methods && (
						<Select id={id('method')} label="Generation method" value={form.method || info.methods[0]!} options={methodOptions.filter(([m]) => info.methods!.includes(m))} onChange={set('method')} />
					)}
					{info && info.default.result !== 'unsupported' && (
						<Select id={id('agent')} label="Agent" value={form.agent} options={agentOptions} placeholder="Not specified" onChange={set('agent')} />
					)}
					<details class="cw-more" open={!!form.asof}>
						<summary>More options</summary>
						<Input id={id('asof')} label="As of" type="date" value={form.asof} hint={`Leave empty for today on your calendar (${today()}).`} onInput={set('asof')} />
					</details>
				</form>
				<div class="cw-result" aria-live="polite" aria-atomic="true">
					{!result && <p class="cw-empty">Choose a plan, a billing cycle, your signup date and a model to see the verdict.</p>}
					{result && 'error' in result && <p class="cw-error">{result.error}</p>}
					{result && 'verdict' in result && <VerdictView verdict={result.verdict} unlock={result.unlock} />}
				</div>
			</div>
		);
	}
}

/** One condition of the trace: met or not (in words for screen readers, as a mark for the eye), linked to its source. */
function ReasonItem({ reason: r }: { reason: Reason }) {
	return (
		<li>
			<span aria-hidden="true">{r.passed ? '✓ ' : '✗ '}</span>
			<span class="sr-only">{r.passed ? 'Met: ' : 'Not met: '}</span>
			<a href={r.href}>{r.required}</a> — you: {r.actual}
		</li>
	);
}

function VerdictView({ verdict, unlock }: { verdict: Verdict; unlock: UnlockOption[] }) {
	const why = verdict.reasons.filter((r) => r.decisive);
	const whyNot = verdict.reasons.filter((r) => !r.decisive);
	return (
		<div class={`cw-verdict cw-${verdict.status}`}>
			<p class="cw-status">
				<strong>{statusLabel(verdict.status)}</strong>
			</p>
			{verdict.unlimitedUntil && (
				<p class="cw-until">Unlimited until <time dateTime={verdict.unlimitedUntil}>{verdict.unlimitedUntil}</time> ({formatDate(verdict.unlimitedUntil)}), then it uses credits.</p>
			)}
			{verdict.creditsPerGeneration && (
				<p>
					Credits per generation on your plan: {verdict.creditsPerGeneration.approximate ? 'about ' : ''}{verdict.creditsPerGeneration.credits} per {verdict.creditsPerGeneration.per} (<a href={verdict.creditsPerGeneration.href}>source</a>).
				</p>
			)}
			{verdict.status === 'confirm' && (
				<p>Check the <strong>Active benefits</strong> section of <a href="https://carat.im/en/subscription">My Credits(<span lang="ko">내 크레딧</span>)</a>, or contact support.</p>
			)}
			<h2 class="cw-h">Why</h2>
			<ul class="cw-reasons">
				{why.map((r, i) => <ReasonItem key={i} reason={r} />)}
			</ul>
			{whyNot.length > 0 && (
				<>
					<h2 class="cw-h">Why it is not unlimited</h2>
					<ul class="cw-reasons">
						{[...new Set(whyNot.map((r) => r.rule))].map((rule, n, rules) => (
							<li key={rule}>
								Unlimited rule {n + 1} of {rules.length} needs what you don't have:
								<ul>
									{whyNot.filter((r) => r.rule === rule).map((r, i) => <ReasonItem key={i} reason={r} />)}
								</ul>
							</li>
						))}
					</ul>
				</>
			)}
			{verdict.notes.length > 0 && (
				<>
					<h2 class="cw-h">Good to know</h2>
					<ul class="cw-notes">
						{verdict.notes.map((n) => (
							<li key={n.id}>{n.text} <a href={n.href} aria-label={`Read more: ${n.text.split('.')[0]}`}>Read more</a></li>
						))}
					</ul>
				</>
			)}
			<h2 class="cw-h">What would make it unlimited</h2>
			{unlock.length ? (
				<ul class="cw-unlock">
					{unlock.map((o) => (
						<li key={`${o.plan}-${o.billing}`}>
							{planName(o.plan)}, {o.billing} billing{o.unlimitedUntil ? ` (until ${o.unlimitedUntil})` : ''}
						</li>
					))}
				</ul>
			) : (
				<p>No plan makes this unlimited for your signup date and options.</p>
			)}
		</div>
	);
}
