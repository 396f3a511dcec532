import { Component } from 'preact';
import { LIMITS } from '../rules/schema/limits.ts';
import type { Choices, Pair } from './choices.ts';
import type { UiStrings } from './ui-strings.ts';
import {
	estimatorParams,
	lineParam,
	newLine,
	readEstimator,
	type EstimatorForm,
	type EstimatorLine,
} from './estimator-state.ts';
import type { EstimatorAnswer } from './estimator-answer.ts';
import { lazy, loadRules, loadWords } from './engine.ts';
import { formToolAttributes, paramAttributes, submitForAgent, type FormTool } from './agent-form.ts';
import { replaceSearch, writeParams } from './url-state.ts';
import {
	Announcer,
	changedBeforeHydration,
	CopyLink,
	Input,
	NoScriptNote,
	Problems,
	Rich,
	Select,
	typingInvalid,
} from './fields.tsx';

/** The answer function of each language, loaded once per page. */
const engines = new Map<string, ReturnType<typeof engineOf>>();
const engineOf = (lang: string) =>
	lazy(() =>
		Promise.all([import('./estimator-answer.ts'), loadRules(), loadWords(lang)]).then(
			([m, rules, words]) =>
				(form: EstimatorForm, choices: Choices) =>
					m.answerEstimator(rules, form, choices, words),
		),
	);
const SETTLE_MS = 700;

interface Props {
	choices: Choices;
	/** Model of the line a new estimate starts with (the one whose cost the help center publishes). */
	firstModel: string;
	/** The page's catalogue of widget strings (`uiStrings(locale)`). */
	ui: UiStrings;
	idPrefix?: string;
	/** The form (plan, billing cycle, signup date, balance) as a WebMCP declarative tool (`estimatorFormTool`). */
	formTool?: FormTool;
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
		// Key 0, not the module's counter: the server renders many pages, and the ids it writes must be the ones hydration
		// finds.
		const form: EstimatorForm = {
			plan: '',
			billing: this.props.choices.billing[0]![0],
			joined: '',
			asof: '',
			bal: '',
			lines: [{ ...newLine(this.props.firstModel), key: 0 }],
		};
		return { hydrated: false, form, settled: form, problems: [], announcement: '' };
	})();
	private touched = false;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** The control to focus once a line was added or removed, and what the live region says before the new answer. */
	private focusNext: string | undefined;
	private note = '';
	/** The answer text last given to the live region (without `note`). */
	private said = '';

	componentDidMount() {
		const {
			plan,
			billing,
			joined,
			bal,
			lines: [first],
		} = this.state.form;
		const early = changedBeforeHydration({ plan, billing, joined, bal }, this.id);
		const earlyLine = changedBeforeHydration({ model: first!.model, count: first!.count }, (field) =>
			this.id(`${field}-${first!.key}`),
		);
		// The line the server rendered, as the reader may have edited it, is the estimate's line unless the link brings
		// lines.
		const read = readEstimator(
			location.search,
			this.props.choices,
			{ ...first!, ...earlyLine },
			this.props.ui.link,
			this.props.ui.fields,
		);
		const form = { ...read.form, ...early };
		if (Object.keys(early).length || Object.keys(earlyLine).length) this.touched = true;
		this.setState({ hydrated: true, form, settled: form, problems: read.problems });
		if (this.touched || (location.search.length > 1 && (form.plan || form.bal || form.joined))) this.loadEngine();
	}

	componentWillUnmount() {
		clearTimeout(this.timer);
	}

	private id = (name: string) => `${this.props.idPrefix ?? 'ce'}-${name}`;

	private engine() {
		const lang = this.props.ui.lang;
		if (!engines.has(lang)) engines.set(lang, engineOf(lang));
		return engines.get(lang)!;
	}

	private loadEngine = () => this.engine().load(() => this.forceUpdate());

	componentDidUpdate(_: Props, previous: State) {
		const s = this.state.settled;
		if (this.touched && previous.settled !== s)
			replaceSearch(
				writeParams(
					{ plan: s.plan, billing: s.billing, joined: s.joined, asof: s.asof, bal: s.bal },
					{ line: s.lines.map(lineParam) },
				),
				estimatorParams(this.props.choices, this.props.ui.fields),
			);
		const answer = this.answer();
		const text = answer?.kind === 'estimate' ? answer.announcement : answer?.kind === 'problem' ? answer.message : '';
		// A line added or removed: said with the answer it leads to, once the lines have settled.
		const changed = this.note ? previous.settled !== s : text !== this.said;
		if (changed && !(answer?.kind === 'problem' && typingInvalid())) {
			this.said = text;
			this.setState({ announcement: `${this.note} ${text}`.trim() });
			this.note = '';
		}
		if (this.focusNext) {
			document.getElementById(this.focusNext)?.focus();
			this.focusNext = undefined;
		}
	}

	private answer(): EstimatorAnswer | undefined {
		const answerOf = this.engine().get();
		if (!answerOf) {
			if (this.state.settled.plan) this.loadEngine();
			return undefined;
		}
		return answerOf(this.state.settled, this.props.choices);
	}

	/** Applies a change; typed fields settle after `SETTLE_MS` of rest (or on blur), choices at once. */
	private update(patch: (f: EstimatorForm) => Partial<EstimatorForm>, settle: 'now' | 'later' = 'now') {
		this.touched = true;
		clearTimeout(this.timer);
		const commit = () => this.setState({ settled: this.state.form });
		this.setState(
			{ form: { ...this.state.form, ...patch(this.state.form) } },
			settle === 'now'
				? commit
				: () => {
						this.timer = setTimeout(commit, SETTLE_MS);
					},
		);
	}

	/** On leaving a typed field: its value counts now, and a message about it may be announced. */
	private settleNow = () => {
		if (this.state.form !== this.state.settled) this.update(() => ({}));
		else this.forceUpdate();
	};

	/** Adds a line and moves focus to its Model (the button may disable itself at the last line allowed). */
	private addLine = () => {
		const line = newLine(this.props.firstModel);
		const n = this.state.form.lines.length + 1;
		const { ui } = this.props;
		this.focusNext = this.id(`model-${line.key}`);
		const last = n < LIMITS.lines ? '' : ` ${ui.maxLines.replace('{n}', String(n))}`;
		this.note = ui.lineAdded.replace('{n}', String(n)) + last;
		this.update((s) => ({ lines: [...s.lines, line] }));
	};

	/** Removes line `i`; focus moves to the next line's Model, or to "Add a line" after the last line. */
	private removeLine = (i: number) => {
		const { lines } = this.state.form;
		const next = lines[i + 1];
		this.focusNext = this.id(next ? `model-${next.key}` : 'add');
		this.note = this.props.ui.lineRemoved.replace('{n}', String(i + 1));
		this.update((s) => ({ lines: s.lines.filter((x) => x !== lines[i]) }));
	};

	/** What an agent that submitted the form gets: the sentence the live region speaks for the form as filled. */
	private agentAnswer = () =>
		new Promise<string>((resolve) => {
			this.settleNow();
			this.engine().load(() => {
				const answer = this.engine().get()!(this.state.form, this.props.choices);
				resolve(
					answer.kind === 'estimate'
						? answer.announcement
						: answer.kind === 'problem'
							? answer.message
							: this.props.ui.estimatorPrompt,
				);
			});
		});

	render() {
		const { choices, ui } = this.props;
		const f = ui.fields;
		const line = (label: string, n: number) => ui.lineLabel.replace('{label}', label).replace('{n}', String(n));
		const { hydrated, form, problems, announcement } = this.state;
		const answer = hydrated ? this.answer() : undefined;
		const id = this.id;
		const set = (key: 'plan' | 'billing') => (value: string) => this.update(() => ({ [key]: value }));
		const type = (key: 'joined' | 'asof' | 'bal') => (value: string) => this.update(() => ({ [key]: value }), 'later');
		const setLine = (key: number, patch: Partial<EstimatorLine>, settle: 'now' | 'later' = 'now') =>
			this.update((f) => ({ lines: f.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }), settle);
		const modelPairs: Pair[] = choices.models.map((m) => [m.id, m.name] as const);
		const estimate = answer?.kind === 'estimate' ? answer.estimate : undefined;
		const errorId = id('error');
		const error = (field: string) => answer?.kind === 'problem' && answer.fields.includes(field) && errorId;
		const tool = this.props.formTool;
		const param = (name: string) => paramAttributes(tool, name);
		return (
			<div class="cw" onFocusIn={this.loadEngine} onPointerDown={this.loadEngine}>
				<Problems problems={problems} />
				<form class="cw-form" {...formToolAttributes(tool)} onSubmit={submitForAgent(this.agentAnswer)}>
					<Select
						id={id('plan')}
						attributes={param('plan')}
						label={f.plan}
						value={form.plan}
						options={choices.plans}
						placeholder={ui.choosePlan}
						onChange={set('plan')}
					/>
					<Select
						id={id('billing')}
						attributes={param('billing')}
						label={f.billing}
						value={form.billing}
						options={choices.billing}
						onChange={set('billing')}
					/>
					<Input
						id={id('joined')}
						attributes={param('joined')}
						label={f.joined}
						type="date"
						value={form.joined}
						hint={ui.joinedHint}
						error={error('joined')}
						onInput={type('joined')}
						onBlur={this.settleNow}
					/>
					<Input
						id={id('bal')}
						attributes={param('balance')}
						label={f.balance}
						type="number"
						value={form.bal}
						hint={answer?.balanceHint ?? ui.balanceHint}
						error={error('balance')}
						onInput={type('bal')}
						onBlur={this.settleNow}
					/>
				</form>
				<fieldset class="cw-lines">
					<legend>{ui.linesLegend}</legend>
					{form.lines.map((l, i) => {
						const info = choices.models.find((m) => m.id === l.model);
						const options: Pair[] =
							info?.resolutions?.map((r) => [r, r] as const) ??
							choices.methods.filter(([m]) => info?.methods?.includes(m));
						const priced = estimate?.lines[i];
						const n = i + 1;
						return (
							<div class="cw-line" key={l.key}>
								<Select
									id={id(`model-${l.key}`)}
									label={line(f.model, n)}
									value={l.model}
									options={modelPairs}
									onChange={(model) => setLine(l.key, { model, option: '', cost: '' })}
								/>
								<Input
									id={id(`count-${l.key}`)}
									label={line(f.count, n)}
									type="number"
									value={l.count}
									error={error(`count-${i}`)}
									onInput={(count) => setLine(l.key, { count }, 'later')}
									onBlur={this.settleNow}
								/>
								{options.length > 0 && (
									<Select
										id={id(`option-${l.key}`)}
										label={line(f.options, n)}
										value={l.option || options[0]![0]}
										options={options}
										onChange={(option) => setLine(l.key, { option })}
									/>
								)}
								{(priced?.costFrom === 'unknown' || priced?.costFrom === 'entered' || (l.cost !== '' && !priced)) &&
									!info?.unsupported && (
										<Input
											id={id(`cost-${l.key}`)}
											label={line(f.cost, n)}
											type="number"
											value={l.cost}
											hint={ui.costHint}
											error={error(`cost-${i}`)}
											onInput={(cost) => setLine(l.key, { cost }, 'later')}
											onBlur={this.settleNow}
										/>
									)}
								{form.lines.length > 1 && (
									<button type="button" class="cw-remove" onClick={() => this.removeLine(i)}>
										{ui.remove.replace('{n}', String(n))}
									</button>
								)}
							</div>
						);
					})}
					<button
						type="button"
						class="cw-add"
						id={id('add')}
						disabled={form.lines.length >= LIMITS.lines}
						onClick={this.addLine}
					>
						{ui.addLine}
					</button>
					{form.lines.length >= LIMITS.lines && (
						<p class="cw-hint">{ui.maxLines.replace('{n}', String(LIMITS.lines))}</p>
					)}
				</fieldset>
				<div class="cw-result">
					{!answer &&
						(hydrated ? (
							<p class="cw-empty">{ui.estimatorPrompt}</p>
						) : (
							<NoScriptNote text={ui.noScript.estimator} href={ui.noScript.estimatorHref} />
						))}
					{answer?.kind === 'empty' && <p class="cw-empty">{ui.estimatorPrompt}</p>}
					{answer?.kind === 'problem' && (
						<p class="cw-error" id={errorId}>
							{answer.message}
						</p>
					)}
					{answer?.kind === 'estimate' && <EstimateView answer={answer} names={modelPairs} ui={ui} />}
				</div>
				<Announcer text={announcement} />
			</div>
		);
	}
}

function EstimateView({
	answer,
	names,
	ui,
}: {
	answer: Extract<EstimatorAnswer, { kind: 'estimate' }>;
	names: Pair[];
	ui: UiStrings;
}) {
	const e = answer.estimate;
	const name = (model: string) => names.find(([m]) => m === model)?.[1] ?? model;
	const fmt = (n: number) => n.toLocaleString(ui.numberLocale);
	const about = (approximate: boolean) => (approximate ? `${ui.about} ` : '');
	return (
		<div class="cw-estimate">
			<div class="cw-head">
				<h2 class="cw-h">{ui.estimateHeading}</h2>
				<CopyLink ui={ui} />
			</div>
			{/* Focusable, so that a keyboard can scroll the table where it is wider than the screen. */}
			<div class="cw-scroll" tabIndex={0} role="region" aria-label={ui.tableCaption}>
				<table>
					<caption class="sr-only">{ui.tableCaption}</caption>
					<thead>
						<tr>
							{ui.tableHeaders.map((h) => (
								<th scope="col" key={h}>
									{h}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{e.lines.map((l, i) => {
							const why = answer.whyHref(i);
							return (
								<tr key={i}>
									<th scope="row">{name(l.model)}</th>
									<td>
										{l.costFrom === 'unlimited' && (
											<>
												{fmt(l.count)} × 0: {ui.unlimitedForYou}
												{why && (
													<>
														{' '}
														(<a href={why}>{ui.why}</a>)
													</>
												)}
											</>
										)}
										{l.costFrom === 'published' && (
											<>
												{fmt(l.count)} × {about(l.approximate)}
												{fmt(l.creditsEach as number)}
											</>
										)}
										{l.costFrom === 'entered' && (
											<>
												{fmt(l.count)} × {fmt(l.creditsEach as number)} {ui.costEntered}
											</>
										)}
										{l.costFrom === 'unknown' && l.verdict.status !== 'unsupported' && ui.unknownCost}
										{l.verdict.status === 'unsupported' && <>{answer.unsupported}</>}
									</td>
									<td>{l.subtotal === 'unknown' ? ui.unknown : fmt(l.subtotal)}</td>
								</tr>
							);
						})}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row">{ui.total}</th>
							<td></td>
							<td>
								{about(e.approximate)}
								{fmt(e.total)}
							</td>
						</tr>
					</tfoot>
				</table>
			</div>
			{e.unpriced.length > 0 && (
				<p>
					{ui.notPriced} {e.unpriced.map(name).join(', ')}. {ui.notPricedAfter}
				</p>
			)}
			{answer.affordable.length > 0 && (
				<ul class="cw-buys">
					{answer.affordable.map((a, i) => (
						<li key={i}>{a}</li>
					))}
				</ul>
			)}
			{e.lines.some((l) => l.costFrom === 'unknown' && l.verdict.status !== 'unsupported') && (
				<p class="cw-hint">
					<Rich text={ui.unknownCostHow} />
				</p>
			)}
		</div>
	);
}
