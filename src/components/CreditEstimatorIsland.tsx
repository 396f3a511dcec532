import { Component } from 'preact';
// Zod-free modules of src/rules, imported one by one so that Vite splits the estimator's code from the checker's.
import { estimateFor, type Estimate, type ValidEstimateInput } from '../rules/estimate.ts';
import { inputProblems } from '../rules/input-checks.ts';
import { monthlyCredits } from '../rules/costs.ts';
import { modelName, planName, statusLabel } from '../rules/words.ts';
import { decisionData } from '../rules/data.ts';
import { sourceHref } from '../rules/links.ts';
import { readParams, replaceSearch, writeParams } from './url-state.ts';
import { CustomerFields, Input, NoScriptNote, Problems, Select } from './fields.tsx';
import { billingOptions, customerParams, methodOptions, modelInfo, modelOptions, planOptions } from './options.ts';

interface Line { key: number; model: string; count: string; option: string; cost: string }
interface State { plan: string; billing: string; joined: string; asof: string; bal: string; lines: Line[] }

let nextKey = 1;
// A new line starts with the model whose cost the help center publishes (Carat Video), else the first model.
const FIRST_MODEL = decisionData.credits.costs[0]?.model ?? decisionData.models[0]!.id;
const newLine = (model: string = FIRST_MODEL, count = '1', option = '', cost = ''): Line => ({ key: nextKey++, model, count, option, cost });
const EMPTY: State = { plan: '', billing: decisionData.billing[0]!.id, joined: '', asof: '', bal: '', lines: [] };
const params = { ...customerParams, bal: { credits: true }, line: { repeat: true } } as const;
const fmt = (n: number) => n.toLocaleString('en-US');

/** `carat-video~10~image-to-video~` <-> a line; returns a message naming the parameter when the value is not a line. */
function parseLine(raw: string): Line | string {
	const [model = '', count = '', option = '', cost = ''] = raw.split('~');
	const info = modelInfo(model);
	if (!info) return `Ignored "line": ${JSON.stringify(raw.slice(0, 60))} does not start with a model this page knows.`;
	if (!/^\d{1,6}$/.test(count) || count === '0') return `Ignored "line": ${JSON.stringify(raw.slice(0, 60))} has no count from 1 to 100000.`;
	if (option && !(info.resolutions as string[] | undefined)?.includes(option) && !(info.methods as string[] | undefined)?.includes(option))
		return `Ignored "line": ${JSON.stringify(raw.slice(0, 60))} has an option ${info.name} does not have.`;
	if (cost && !/^\d{1,7}$/.test(cost)) return `Ignored "line": ${JSON.stringify(raw.slice(0, 60))} has a cost that is not a whole number of credits.`;
	return newLine(model, count, option, cost);
}
const lineParam = (l: Line) => [l.model, l.count, l.option, l.cost].join('~').replace(/~+$/, '');

function toInput(s: State): ValidEstimateInput {
	const input: ValidEstimateInput = {
		plan: s.plan as never, billing: s.billing as never, joined: s.joined,
		lines: s.lines.map((l) => {
			const info = modelInfo(l.model);
			const options = info?.resolutions?.includes(l.option as never) ? { resolution: l.option as never }
				: info?.methods?.includes(l.option as never) ? { method: l.option as never } : undefined;
			return { model: l.model as never, count: Number(l.count), ...(options && { options }), ...(l.cost !== '' && { cost: Number(l.cost) }) };
		}),
	};
	if (s.asof) input.asOf = s.asof;
	if (s.bal !== '') input.balance = Number(s.bal);
	return input;
}

function run(s: State): Estimate | { error: string } | undefined {
	if (!s.plan || !s.billing || !s.joined) return undefined;
	// The same checks as estimate's zod schema, without shipping zod to the browser.
	const input = toInput(s);
	const problems = inputProblems(input as unknown as Record<string, unknown>);
	if (problems.length) return { error: problems.map((p) => (p.path[0] === 'lines' ? `Line ${Number(p.path[1]) + 1}: ${p.message}` : p.message)).join(' ') };
	return estimateFor(input);
}

/**
 * The credit estimator: lines of generations priced by the rule set (`estimateFor`), with the balance they use up.
 * A class component, so the page needs no `preact/hooks` module (1.1 KB gzip of the widget budget).
 */
export default class CreditEstimatorIsland extends Component<{ idPrefix?: string }, { ready: boolean; form: State; problems: string[] }> {
	state = { ready: false, form: EMPTY, problems: [] as string[] };

	componentDidMount() {
		const read = readParams(location.search, params);
		const parsed = (read.lists.line ?? []).map(parseLine);
		const lines = parsed.filter((l): l is Line => typeof l !== 'string');
		this.setState({
			ready: true,
			form: { ...EMPTY, ...read.values, lines: lines.length ? lines : [newLine()] },
			problems: [...read.problems, ...parsed.filter((l): l is string => typeof l === 'string')],
		});
	}

	/** Set once the reader changes an input: until then the URL stays the link that was opened. */
	private touched = false;

	componentDidUpdate() {
		if (!this.touched) return;
		const f = this.state.form;
		replaceSearch(writeParams({ plan: f.plan, billing: f.billing, joined: f.joined, asof: f.asof, bal: f.bal }, { line: f.lines.map(lineParam) }), params);
	}

	render() {
		const { ready, form: state, problems } = this.state;
		if (!ready) return <NoScriptNote what="estimator" href="/docs/en/troubleshooting/faq/plus-plan-faq/#credits-per-model" linkText="the published credit costs" />;
		const result = run(state);
		const id = (name: string) => `${this.props.idPrefix ?? 'ce'}-${name}`;
		const update = (patch: (s: State) => Partial<State>) => {
			this.touched = true;
			this.setState({ form: { ...this.state.form, ...patch(this.state.form) } });
		};
		const set = (key: 'plan' | 'billing' | 'joined' | 'asof' | 'bal') => (value: string) => update(() => ({ [key]: value }));
		const setLine = (key: number, patch: Partial<Line>) => update((s) => ({ lines: s.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
		const monthly = state.plan ? monthlyCredits(state.plan as never) : undefined;
		return (
			<div class="cw">
				<Problems problems={problems} />
				<form class="cw-form" onSubmit={(e) => e.preventDefault()}>
					<CustomerFields id={id} form={state} plans={planOptions} billings={billingOptions} set={set} />
					<Input
						id={id('bal')} label="Credit balance" type="number" min="0"
						value={state.bal !== '' ? state.bal : monthly ? String(monthly.credits) : ''}
						hint={monthly && state.bal === '' ? `Prefilled with ${planName(state.plan as never)}'s monthly credits, about ${fmt(monthly.credits)} (derived: ${monthly.reasoning})` : 'Your balance is on My Credits.'}
						onInput={set('bal')}
					/>
				</form>
				<fieldset class="cw-lines">
					<legend>What you plan to make</legend>
					{state.lines.map((line, i) => {
						const info = modelInfo(line.model);
						const options = info?.resolutions?.map((r) => [r, r] as const) ?? methodOptions.filter(([m]) => info?.methods?.includes(m));
						const priced = result && 'lines' in result ? result.lines[i] : undefined;
						return (
							<div class="cw-line" key={line.key}>
								<Select id={id(`model-${line.key}`)} label={`Model, line ${i + 1}`} value={line.model} options={modelOptions} onChange={(model) => setLine(line.key, { model, option: '', cost: '' })} />
								<Input id={id(`count-${line.key}`)} label={`Count, line ${i + 1}`} type="number" min="1" value={line.count} onInput={(count) => setLine(line.key, { count })} />
								{options.length > 0 && (
									<Select id={id(`option-${line.key}`)} label={`Options, line ${i + 1}`} value={line.option || options[0]![0]} options={options} onChange={(option) => setLine(line.key, { option })} />
								)}
								{(priced?.costFrom === 'unknown' || priced?.costFrom === 'entered') && (
									<Input id={id(`cost-${line.key}`)} label={`Credits each from the app, line ${i + 1}`} type="number" min="0" value={line.cost} onInput={(cost) => setLine(line.key, { cost })} />
								)}
								<button type="button" class="cw-remove" onClick={() => update((s) => ({ lines: s.lines.filter((l) => l.key !== line.key) }))}>
									Remove line {i + 1}
								</button>
							</div>
						);
					})}
					<button type="button" class="cw-add" onClick={() => update((s) => ({ lines: [...s.lines, newLine()] }))}>Add a line</button>
				</fieldset>
				<div class="cw-result" aria-live="polite">
					{!result && <p class="cw-empty">Choose a plan, a billing cycle and your signup date to price the lines.</p>}
					{result && 'error' in result && <p class="cw-error">{result.error}</p>}
					{result && 'lines' in result && <EstimateView estimate={result} />}
				</div>
			</div>
		);
	}
}

function EstimateView({ estimate: e }: { estimate: Estimate }) {
	return (
		<div class="cw-estimate">
			<table>
				<caption class="sr-only">Credits per line</caption>
				<thead><tr><th scope="col">Model</th><th scope="col">Count × credits each</th><th scope="col">Subtotal</th></tr></thead>
				<tbody>
					{e.lines.map((l, i) => (
						<tr key={i}>
							<th scope="row">{modelName(l.model)}</th>
							<td>
								{l.costFrom === 'unlimited' && <>{l.count} × 0 — unlimited for you (<a href={l.verdict.trace.kind === 'grant' ? sourceHref(l.verdict.trace.grant.source) : '#'}>why</a>)</>}
								{l.costFrom === 'published' && <>{l.count} × {l.approximate ? 'about ' : ''}{l.creditsEach}</>}
								{l.costFrom === 'entered' && <>{l.count} × {l.creditsEach} (the cost you entered)</>}
								{l.costFrom === 'unknown' && l.verdict.status !== 'unsupported' && (
									<>unknown — enter the cost the app shows: tap the Sparkle icon(<span lang="ko">반짝이 아이콘</span>) (✨) at the bottom left of the chat, select the model, and read the credits per generation on its detail screen.</>
								)}
								{l.verdict.status === 'unsupported' && <>{statusLabel('unsupported')}</>}
							</td>
							<td>{l.subtotal === 'unknown' ? 'unknown' : fmt(l.subtotal)}</td>
						</tr>
					))}
				</tbody>
				<tfoot>
					<tr><th scope="row">Total of known costs</th><td></td><td>{e.approximate ? 'about ' : ''}{fmt(e.total)}</td></tr>
				</tfoot>
			</table>
			{e.unpriced.length > 0 && <p>Not priced: {e.unpriced.map((m) => modelName(m)).join(', ')}. The total leaves them out.</p>}
			{e.balance && (
				<ul class="cw-buys">
					{e.affordable.map((a, i) => (
						<li key={i}>
							{a.generations === 'unlimited' ? `${modelName(a.model)} is unlimited for you: your balance is not used.`
								: a.generations === 'unknown' ? `How many generations of ${modelName(a.model)} your balance buys is unknown until its cost is known.`
								: `Your balance of ${e.balance!.approximate ? 'about ' : ''}${fmt(e.balance!.credits)} credits buys ${a.approximate ? 'about ' : ''}${fmt(a.generations)} generations of ${modelName(a.model)}.`}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
