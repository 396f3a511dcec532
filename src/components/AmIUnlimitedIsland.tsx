import { Component, createRef, type RefObject } from 'preact';
import { today } from '../rules/schema/day.ts';
import type { Choices } from './choices.ts';
import type { UiStrings } from './ui-strings.ts';
import { checkerParams, emptyChecker, type CheckerForm } from './checker-state.ts';
import type { CheckerAnswer, CheckerError, ModelAnswer } from './checker-answer.ts';
import { lazy, loadWords } from './engine.ts';
import { formToolAttributes, paramAttributes, submitForAgent, type FormTool } from './agent-form.ts';
import { readParams, replaceSearch, writeParams } from './url-state.ts';
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
		// The committed rules and change log (ids and rule ids: the entry a past day's answer links to).
		Promise.all([import('./checker-answer.ts'), import('../rules/committed.ts'), loadWords(lang)]).then(
			([m, committed, words]) => ({
				answerOf: (form: CheckerForm) => m.answerChecker(committed.rules, form, words, committed.changeLog),
				date: words.date,
			}),
		),
	);
/** How long a date field must rest before its value counts: typing a year passes through 0002, 0020, 0202. */
const SETTLE_MS = 700;

interface Props {
	choices: Choices;
	/** The page's catalogue of widget strings (`uiStrings(locale)`). */
	ui: UiStrings;
	idPrefix?: string;
	/** The form as a WebMCP declarative tool (`checkerFormTool`). */
	formTool?: FormTool;
}
interface State {
	hydrated: boolean;
	/** The form as shown. */
	form: CheckerForm;
	/** The form the answer, the URL and the live region follow: `form` once its dates have rested. */
	settled: CheckerForm;
	problems: string[];
	announcement: string;
}

/**
 * The "Am I unlimited?" checker. With plan, billing cycle and signup date it lists every model grouped by verdict
 * ("My benefits"); picking a model opens its full answer. The server renders the same form, so hydration moves
 * nothing; the rule engine loads when the reader starts answering. A class component: no `preact/hooks` to ship.
 */
export default class AmIUnlimitedIsland extends Component<Props, State> {
	state: State = {
		hydrated: false,
		form: emptyChecker(this.props.choices),
		settled: emptyChecker(this.props.choices),
		problems: [],
		announcement: '',
	};
	/** Set once the reader changes an input: until then the URL stays the link that was opened. */
	private touched = false;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private result = createRef<HTMLDivElement>();
	private modelHeading = createRef<HTMLHeadingElement>();
	/** What to bring into view after the next settled render ('model': and focus, after a row was picked). */
	private reveal: 'result' | 'model' | undefined;
	/** The id of the control that opened the model's answer (a row, or the Model select), where "Back" returns focus. */
	private opener: string | undefined;
	/** The id of the control to focus after the next settled render. */
	private focusNext: string | undefined;

	componentDidMount() {
		const read = readParams(
			location.search,
			checkerParams(this.props.choices, this.props.ui.fields),
			this.props.ui.link,
		);
		const { plan, billing, joined, model, asof } = this.state.form;
		const early = changedBeforeHydration({ plan, billing, joined, model, asof }, this.id);
		const form = { ...this.state.form, ...read.values, ...early };
		if (Object.keys(early).length) {
			this.touched = true;
			this.reveal = 'result';
		}
		this.setState({ hydrated: true, form, settled: form, problems: read.problems });
		if (Object.keys(read.values).length || this.touched) this.loadEngine();
	}

	componentWillUnmount() {
		clearTimeout(this.timer);
	}

	private id = (name: string) => `${this.props.idPrefix ?? 'aiu'}-${name}`;

	private engine() {
		const lang = this.props.ui.lang;
		if (!engines.has(lang)) engines.set(lang, engineOf(lang));
		return engines.get(lang)!;
	}

	private loadEngine = () => this.engine().load(() => this.forceUpdate());

	componentDidUpdate(_: Props, previous: State) {
		if (this.touched && previous.settled !== this.state.settled)
			replaceSearch(writeParams({ ...this.state.settled }), checkerParams(this.props.choices, this.props.ui.fields));
		// The answer follows the settled form only, so the live region speaks once per settled answer.
		const answer = this.answer();
		const error = !!answer && 'error' in answer;
		const text = !answer ? '' : 'error' in answer ? answer.error : answer.announcement;
		if (text !== this.state.announcement && !(error && typingInvalid())) this.setState({ announcement: text });
		if (this.focusNext && previous.settled !== this.state.settled) {
			document.getElementById(this.focusNext)?.focus();
			this.focusNext = undefined;
		}
		if (this.reveal && answer && !('error' in answer)) {
			const target = this.reveal === 'model' ? this.modelHeading.current : this.result.current;
			this.reveal = undefined;
			if (target) {
				const box = target.getBoundingClientRect();
				if (box.top < 0 || box.top + Math.min(box.height, 120) > innerHeight)
					target.scrollIntoView({
						block: 'start',
						behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
					});
				if (target === this.modelHeading.current) target.focus({ preventScroll: true });
			}
		}
	}

	private answer(): CheckerAnswer | CheckerError | undefined {
		const engine = this.engine().get();
		if (!engine) {
			if (this.state.settled.plan && (this.state.settled.joined || this.state.settled.model)) this.loadEngine();
			return undefined;
		}
		return engine.answerOf(this.state.settled);
	}

	/** Sets fields; dates settle after `SETTLE_MS` of rest (or on blur), every other field at once. */
	private update(patch: Partial<CheckerForm>, settle: 'now' | 'later' = 'now', reveal?: 'result' | 'model') {
		this.touched = true;
		clearTimeout(this.timer);
		const hadAnswer = !!this.state.settled.plan && !!(this.state.settled.joined || this.state.settled.model);
		const form = { ...this.state.form, ...patch };
		const commit = () => {
			this.reveal = reveal ?? (hadAnswer ? undefined : 'result');
			this.setState({ settled: this.state.form });
		};
		this.setState(
			{ form },
			settle === 'now'
				? commit
				: () => {
						this.timer = setTimeout(commit, SETTLE_MS);
					},
		);
	}

	/** On leaving a typed field: its value counts now, and a message about it may be announced. */
	private settleNow = () => {
		if (this.state.form !== this.state.settled) this.update({});
		else this.forceUpdate();
	};

	/** What an agent that submitted the form gets: the sentence the live region speaks for the form as filled. */
	private agentAnswer = () =>
		new Promise<string>((resolve) => {
			this.settleNow();
			this.engine().load(() => {
				const answer = this.engine().get()!.answerOf(this.state.form);
				resolve(!answer ? this.props.ui.checkerPrompt : 'error' in answer ? answer.error : answer.announcement);
			});
		});

	render() {
		const { choices, ui } = this.props;
		const f = ui.fields;
		const { hydrated, form, problems, announcement } = this.state;
		const date = this.engine().get()?.date;
		const id = this.id;
		// The Model select changes the answer in place and keeps focus (3.2.2): "Back" returns to it.
		const set = (key: keyof CheckerForm) => (value: string) => {
			if (key === 'model') this.opener = id('model');
			this.update(
				key === 'model' ? { model: value, res: '', method: '', agent: value ? form.agent : '' } : { [key]: value },
			);
		};
		const setDate = (key: 'joined' | 'asof') => (value: string) => this.update({ [key]: value }, 'later');
		const model = choices.models.find((m) => m.id === form.model);
		const answer = hydrated ? this.answer() : undefined;
		const bad = answer && 'error' in answer && answer.fields;
		const errorId = id('error');
		const rowId = (r: { model: string; res?: string; method?: string }) =>
			id(`row-${r.model}-${r.res ?? r.method ?? ''}`);
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
						error={bad && bad.includes('joined') && errorId}
						onInput={setDate('joined')}
						onBlur={this.settleNow}
					/>
					<Select
						id={id('model')}
						attributes={param('model')}
						label={f.model}
						value={form.model}
						options={choices.models.map((m) => [m.id, m.name] as const)}
						placeholder={ui.allModels}
						onChange={set('model')}
					/>
					{model?.resolutions && (
						<Select
							id={id('res')}
							label={f.resolution}
							value={form.res || model.resolutions[0]!}
							options={model.resolutions.map((r) => [r, r] as const)}
							onChange={set('res')}
						/>
					)}
					{model?.methods && (
						<Select
							id={id('method')}
							label={f.method}
							value={form.method || model.methods[0]!}
							options={choices.methods.filter(([m]) => model.methods!.includes(m))}
							onChange={set('method')}
						/>
					)}
					{model && !model.unsupported && (
						<Select
							id={id('agent')}
							label={f.agent}
							value={form.agent}
							options={choices.agents}
							placeholder={ui.agentNotSpecified}
							onChange={set('agent')}
						/>
					)}
					<details class="cw-more" open={!!form.asof}>
						<summary>{ui.moreOptions}</summary>
						<Input
							id={id('asof')}
							attributes={param('asOf')}
							label={f.asOf}
							type="date"
							value={form.asof}
							hint={ui.asOfHint.replace('{today}', date ? ` (${date(today())})` : '')}
							error={bad && bad.includes('asOf') && errorId}
							onInput={setDate('asof')}
							onBlur={this.settleNow}
						/>
					</details>
				</form>
				<div class="cw-result" ref={this.result} tabIndex={-1}>
					{!answer &&
						(hydrated ? (
							<p class="cw-empty">{ui.checkerPrompt}</p>
						) : (
							<NoScriptNote text={ui.noScript.checker} href={ui.noScript.checkerHref} />
						))}
					{bad && (
						<p class="cw-error" id={errorId}>
							{(answer as CheckerError).error}
						</p>
					)}
					{answer && 'groups' in answer && (
						<>
							<div class="cw-head">
								<h2 class="cw-h">{ui.benefitsHeading}</h2>
								<CopyLink ui={ui} />
							</div>
							<p class="cw-who">
								{answer.who}. <Rich text={ui.notYourAccount} href={ui.myCreditsHref} />
							</p>
							{answer.rulesChanged && (
								<p class="cw-hint">
									<Rich text={answer.rulesChanged.text} href={answer.rulesChanged.href} />
								</p>
							)}
							{answer.model && (
								<ModelView
									id={id('model-answer')}
									ui={ui}
									answer={answer.model}
									heading={this.modelHeading}
									onBack={() => {
										const current = answer.groups.flatMap((g) => g.rows).find((r) => r.current);
										this.focusNext = this.opener ?? (current && rowId(current));
										this.opener = undefined;
										this.update({ model: '', res: '', method: '', agent: '' }, 'now', 'result');
									}}
								/>
							)}
							{answer.groups.map((g) => (
								<section key={g.status} class={`cw-group cw-${g.status}`} aria-label={g.label}>
									<h3 class="cw-status">
										{g.label} <span class="cw-count">({g.rows.length})</span>
									</h3>
									{g.status === 'confirm' && (
										<p class="cw-hint">
											<Rich text={ui.confirmGroupHint} href={ui.myCreditsHref} />
										</p>
									)}
									<ul class="cw-rows">
										{g.rows.map((r) => (
											<li key={`${r.model}-${r.label}`}>
												<button
													type="button"
													class="cw-row"
													id={rowId(r)}
													aria-current={r.current}
													onClick={() => {
														this.opener = rowId(r);
														this.update({ model: r.model, res: r.res ?? '', method: r.method ?? '' }, 'now', 'model');
													}}
												>
													{r.label}
													{r.detail && (
														<>
															{' '}
															<span class="cw-detail">{r.detail}</span>
														</>
													)}
												</button>
											</li>
										))}
									</ul>
								</section>
							))}
							{answer.changes && (
								<section class="cw-changes" aria-label={answer.changes.heading}>
									<h3 class="cw-status">{answer.changes.heading}</h3>
									<ul class="cw-rows">
										{answer.changes.rows.map((r) => (
											<li key={r.label + r.detail}>
												{r.label} <span class="cw-detail">{r.detail}</span>
											</li>
										))}
									</ul>
								</section>
							)}
						</>
					)}
				</div>
				<Announcer text={announcement} />
			</div>
		);
	}
}

/**
 * One model's full answer: the sentence, its cost, where the rule is written, the notes; who has it under a credits
 * verdict.
 */
function ModelView({
	id,
	ui,
	answer: a,
	heading,
	onBack,
}: {
	id: string;
	ui: UiStrings;
	answer: ModelAnswer;
	heading: RefObject<HTMLHeadingElement>;
	onBack: () => void;
}) {
	return (
		<section class={`cw-model cw-${a.status}`} aria-labelledby={id}>
			<h3 class="cw-status" id={id} ref={heading} tabIndex={-1}>
				{a.title}: {a.statusLabel}
			</h3>
			<p class="cw-answer">{a.answer}</p>
			{a.reading && <p>{a.reading}</p>}
			{a.cost && (
				<p>
					{ui.publishedCost} {a.cost}
				</p>
			)}
			{a.datesUnpublished && (
				<p>
					<Rich text={ui.confirmDetail} href={ui.myCreditsHref} />
				</p>
			)}
			{a.whoHasIt.length > 0 && (
				<>
					<p class="cw-sub">{ui.whoHasIt}</p>
					<ul>
						{a.whoHasIt.map((w) => (
							<li key={w}>{w}</li>
						))}
					</ul>
				</>
			)}
			{a.notes.length > 0 && (
				<>
					<p class="cw-sub">{ui.goodToKnow}</p>
					<ul class="cw-notes">
						{a.notes.map((n) => (
							<li key={n.id}>
								{n.text}{' '}
								<a href={n.href} aria-label={`${ui.readMore}: ${n.text.split(/[.。]/)[0]}`}>
									{ui.readMore}
								</a>
							</li>
						))}
					</ul>
				</>
			)}
			<p class="cw-links">
				<a href={a.href}>{ui.source}</a>
				<button type="button" class="cw-back" onClick={onBack}>
					{ui.back}
				</button>
			</p>
		</section>
	);
}
