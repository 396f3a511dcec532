import { Component } from 'preact';
import { FIELD_LABELS, statusLabel } from '../rules/labels.ts';
import { LIMITS } from '../rules/limits.ts';
import type { Choices, Pair } from './choices.ts';
import { estimatorParams, lineParam, newLine, readEstimator, type EstimatorForm, type EstimatorLine } from './estimator-state.ts';
import type { EstimatorAnswer } from './estimator-answer.ts';
import { lazy } from './engine.ts';
import { replaceSearch, writeParams } from './url-state.ts';
import { Announcer, CopyLink, Input, NoScriptNote, Problems, Select } from './fields.tsx';

const engine = lazy(() => import('./estimator-answer.ts'));
const SETTLE_MS = 700;
const fmt = (n: number) => n.toLocaleString('en-US');

interface Props {
	choices: Choices;
	/** Model of the line a new estimate starts with (the one whose cost the help center publishes). */
	firstModel: string;
	idPrefix?: string;
}
interface State {
	hydrated: boolean;
	form: EstimatorForm;
	/** The form the answer, the URL and the live region follow: `form` once typed fields have rested. */
	settled: EstimatorForm;
	problems: string[];
	announcement: string;
}

/**
 * The credit estimator: lines of generations priced by the rule set (`estimateFor`), with how far the balance goes.
 * Server-rendered with its first line; the rule engine loads when the reader starts answering.
 */
export default class CreditEstimatorIsland extends Component<Props, State> {
	state: State = (() => {
		const form: EstimatorForm = { plan: '', billing: this.props.choices.billing[0]![0], joined: '', asof: '', bal: '', lines: [newLine(this.props.firstModel)] };
		return { hydrated: false, form, settled: form, problems: [], announcement: '' };
	})();
	private touched = false;
	private timer: ReturnType<typeof setTimeout> | undefined;

	componentDidMount() {
		const { form, problems } = readEstimator(location.search, this.props.choices, this.props.firstModel);
		this.setState({ hydrated: true, form, settled: form, problems });
		if (location.search.length > 1 && (form.plan || form.bal || form.joined)) this.loadEngine();
	}

	componentWillUnmount() {
		clearTimeout(this.timer);
	}

	private loadEngine = () => engine.load(() => this.forceUpdate());

	componentDidUpdate(_: Props, previous: State) {
		const s = this.state.settled;
		if (this.touched && previous.settled !== s)
			replaceSearch(writeParams({ plan: s.plan, billing: s.billing, joined: s.joined, asof: s.asof, bal: s.bal }, { line: s.lines.map(lineParam) }), estimatorParams(this.props.choices));
		const answer = this.answer();
		const text = answer?.kind === 'estimate' ? answer.announcement : answer?.kind === 'problem' ? answer.message : '';
		if (text !== this.state.announcement) this.setState({ announcement: text });
	}

	private answer(): EstimatorAnswer | undefined {
		const module = engine.get();
		if (!module) {
			if (this.state.settled.plan) this.loadEngine();
			return undefined;
		}
		return module.answerEstimator(this.state.settled, this.props.choices);
	}

	/** Applies a change; typed fields settle after `SETTLE_MS` of rest (or on blur), choices at once. */
	private update(patch: (f: EstimatorForm) => Partial<EstimatorForm>, settle: 'now' | 'later' = 'now') {
		this.touched = true;
		clearTimeout(this.timer);
		const commit = () => this.setState({ settled: this.state.form });
		this.setState({ form: { ...this.state.form, ...patch(this.state.form) } }, settle === 'now' ? commit : () => { this.timer = setTimeout(commit, SETTLE_MS); });
	}

	private settleNow = () => {
		if (this.state.form !== this.state.settled) this.update(() => ({}));
	};

	render() {
		const { choices } = this.props;
		const { hydrated, form, problems, announcement } = this.state;
		const answer = hydrated ? this.answer() : undefined;
		const id = (name: string) => `${this.props.idPrefix ?? 'ce'}-${name}`;
		const set = (key: 'plan' | 'billing') => (value: string) => this.update(() => ({ [key]: value }));
		const type = (key: 'joined' | 'asof' | 'bal') => (value: string) => this.update(() => ({ [key]: value }), 'later');
		const setLine = (key: number, patch: Partial<EstimatorLine>, settle: 'now' | 'later' = 'now') =>
			this.update((f) => ({ lines: f.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }), settle);
		const modelPairs: Pair[] = choices.models.map((m) => [m.id, m.name] as const);
		const estimate = answer?.kind === 'estimate' ? answer.estimate : undefined;
		return (
			<div class="cw" onFocusIn={this.loadEngine} onPointerDown={this.loadEngine}>
				<Problems problems={problems} />
				<form class="cw-form" onSubmit={(e) => e.preventDefault()}>
					<Select id={id('plan')} label={FIELD_LABELS.plan} value={form.plan} options={choices.plans} placeholder="Choose a plan" onChange={set('plan')} />
					<Select id={id('billing')} label={FIELD_LABELS.billing} value={form.billing} options={choices.billing} onChange={set('billing')} />
					<Input id={id('joined')} label={FIELD_LABELS.joined} type="date" value={form.joined} hint="Asked only when a line's benefit depends on it." onInput={type('joined')} onBlur={this.settleNow} />
					<Input
						id={id('bal')} label={FIELD_LABELS.balance} type="number" value={form.bal}
						hint={answer?.balanceHint ?? 'Empty: your plan’s monthly credits, where the help center publishes them.'}
						onInput={type('bal')} onBlur={this.settleNow}
					/>
				</form>
				<fieldset class="cw-lines">
					<legend>What you plan to make</legend>
					{form.lines.map((line, i) => {
						const info = choices.models.find((m) => m.id === line.model);
						const options: Pair[] = info?.resolutions?.map((r) => [r, r] as const) ?? choices.methods.filter(([m]) => info?.methods?.includes(m));
						const priced = estimate?.lines[i];
						const n = i + 1;
						return (
							<div class="cw-line" key={line.key}>
								<Select id={id(`model-${line.key}`)} label={`${FIELD_LABELS.model}, line ${n}`} value={line.model} options={modelPairs} onChange={(model) => setLine(line.key, { model, option: '', cost: '' })} />
								<Input id={id(`count-${line.key}`)} label={`${FIELD_LABELS.count}, line ${n}`} type="number" value={line.count} onInput={(count) => setLine(line.key, { count }, 'later')} onBlur={this.settleNow} />
								{options.length > 0 && (
									<Select id={id(`option-${line.key}`)} label={`Options, line ${n}`} value={line.option || options[0]![0]} options={options} onChange={(option) => setLine(line.key, { option })} />
								)}
								{(priced?.costFrom === 'unknown' || priced?.costFrom === 'entered' || (line.cost !== '' && !priced)) && !info?.unsupported && (
									<Input id={id(`cost-${line.key}`)} label={`${FIELD_LABELS.cost}, line ${n}`} type="number" value={line.cost} hint="As the app shows it." onInput={(cost) => setLine(line.key, { cost }, 'later')} onBlur={this.settleNow} />
								)}
								{form.lines.length > 1 && (
									<button type="button" class="cw-remove" onClick={() => this.update((f) => ({ lines: f.lines.filter((l) => l.key !== line.key) }))}>
										Remove line {n}
									</button>
								)}
							</div>
						);
					})}
					<button type="button" class="cw-add" disabled={form.lines.length >= LIMITS.lines} onClick={() => this.update((f) => ({ lines: [...f.lines, newLine(this.props.firstModel)] }))}>
						Add a line
					</button>
					{form.lines.length >= LIMITS.lines && <p class="cw-hint">An estimate has at most {LIMITS.lines} lines.</p>}
				</fieldset>
				<div class="cw-result">
					{!answer && (hydrated
						? <p class="cw-empty">Choose a plan and a billing cycle to price the lines.</p>
						: <NoScriptNote what="estimator" href="/docs/en/troubleshooting/faq/plus-plan-faq/#credits-per-model" linkText="the published credit costs" />)}
					{answer?.kind === 'empty' && <p class="cw-empty">Choose a plan and a billing cycle to price the lines.</p>}
					{answer?.kind === 'problem' && <p class="cw-error">{answer.message}</p>}
					{answer?.kind === 'estimate' && <EstimateView answer={answer} names={modelPairs} />}
				</div>
				<Announcer text={announcement} />
			</div>
		);
	}
}

function EstimateView({ answer, names }: { answer: Extract<EstimatorAnswer, { kind: 'estimate' }>; names: Pair[] }) {
	const e = answer.estimate;
	const name = (model: string) => names.find(([m]) => m === model)?.[1] ?? model;
	return (
		<div class="cw-estimate">
			<div class="cw-head">
				<h2 class="cw-h">Your estimate</h2>
				<CopyLink />
			</div>
			<div class="cw-scroll">
				<table>
					<caption class="sr-only">Credits per line</caption>
					<thead><tr><th scope="col">Model</th><th scope="col">Count × credits each</th><th scope="col">Subtotal</th></tr></thead>
					<tbody>
						{e.lines.map((l, i) => {
							const why = answer.whyHref(i);
							return (
								<tr key={i}>
									<th scope="row">{name(l.model)}</th>
									<td>
										{l.costFrom === 'unlimited' && <>{fmt(l.count)} × 0: unlimited for you{why && <> (<a href={why}>why</a>)</>}</>}
										{l.costFrom === 'published' && <>{fmt(l.count)} × {l.approximate ? 'about ' : ''}{fmt(l.creditsEach as number)}</>}
										{l.costFrom === 'entered' && <>{fmt(l.count)} × {fmt(l.creditsEach as number)} (the cost you entered)</>}
										{l.costFrom === 'unknown' && l.verdict.status !== 'unsupported' && (
											<>Unknown: enter the cost the app shows. Tap the Sparkle icon(<span lang="ko">반짝이 아이콘</span>) (✨) at the bottom left of the chat, select the model, and read the credits per generation on its detail screen.</>
										)}
										{l.verdict.status === 'unsupported' && <>{statusLabel('unsupported')}</>}
									</td>
									<td>{l.subtotal === 'unknown' ? 'unknown' : fmt(l.subtotal)}</td>
								</tr>
							);
						})}
					</tbody>
					<tfoot>
						<tr><th scope="row">Total of known costs</th><td></td><td>{e.approximate ? 'about ' : ''}{fmt(e.total)}</td></tr>
					</tfoot>
				</table>
			</div>
			{e.unpriced.length > 0 && <p>Not priced: {e.unpriced.map(name).join(', ')}. The total leaves them out.</p>}
			{answer.affordable.length > 0 && <ul class="cw-buys">{answer.affordable.map((a, i) => <li key={i}>{a}</li>)}</ul>}
		</div>
	);
}
