import { Component, type ComponentChildren } from 'preact';
import type { Pair } from './choices.ts';
import type { UiStrings } from './ui-strings.ts';

/** A labelled `<select>`; `id` ties the visible label to the control. */
export function Select(props: {
	id: string;
	label: string;
	value: string;
	options: readonly Pair[];
	placeholder?: string;
	onChange: (value: string) => void;
	/** More attributes of the control (WebMCP's `name`, `toolparamdescription`). */
	attributes?: Record<string, string>;
}) {
	return (
		<div class="cw-field">
			<label for={props.id}>{props.label}</label>
			<select
				id={props.id}
				{...props.attributes}
				value={props.value}
				onChange={(e) => props.onChange(e.currentTarget.value)}
			>
				{props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
				{props.options.map(([value, label]) => (
					<option key={value} value={value}>
						{label}
					</option>
				))}
			</select>
		</div>
	);
}

/**
 * A labelled `<input>`: a date, or a whole number typed as text (`inputMode="numeric"`) so that the form sees exactly
 * what was typed (`1e3` stays `1e3` and is refused, as the URL would refuse it).
 */
export function Input(props: {
	id: string;
	label: string;
	type: 'date' | 'number';
	value: string;
	hint?: ComponentChildren;
	placeholder?: string;
	/** The id of the message that says what is wrong with the value, when something is (the field is then invalid). */
	error?: string | false;
	onInput: (value: string) => void;
	onBlur?: () => void;
	/** More attributes of the control (WebMCP's `name`, `toolparamdescription`). */
	attributes?: Record<string, string>;
}) {
	const number = props.type === 'number';
	const hint = props.hint && `${props.id}-hint`;
	return (
		<div class="cw-field">
			<label for={props.id}>{props.label}</label>
			<input
				id={props.id}
				{...props.attributes}
				type={number ? 'text' : 'date'}
				inputMode={number ? 'numeric' : undefined}
				autoComplete="off"
				value={props.value}
				placeholder={props.placeholder}
				aria-invalid={props.error ? 'true' : undefined}
				aria-describedby={[hint, props.error].filter(Boolean).join(' ') || undefined}
				onInput={(e) => props.onInput(e.currentTarget.value)}
				onBlur={props.onBlur}
			/>
			{hint && (
				<p class="cw-hint" id={hint}>
					{props.hint}
				</p>
			)}
		</div>
	);
}

/** Messages about the widget's own URL parameters that were ignored, shown as text. */
export function Problems({ problems }: { problems: string[] }) {
	if (!problems.length) return null;
	return (
		<div class="cw-problems" role="alert">
			{problems.map((p) => (
				<p key={p}>{p}</p>
			))}
		</div>
	);
}

/**
 * A catalogue string with its light markup (see `UiStrings`): `**bold**`, `[[a link to href]]`, `{{Korean}}` (marked
 * `lang="ko"` for screen readers), ✨ (replaced by `icon` when given: EstimateView draws it, loaded with the engine, the
 * only view whose strings have one). Anything else is text.
 */
export function Rich({ text, href, icon }: { text: string; href?: string; icon?: ComponentChildren }) {
	const parts: ComponentChildren[] = [];
	let last = 0;
	for (const m of text.matchAll(/\*\*(.+?)\*\*|\[\[(.+?)\]\]|\{\{(.+?)\}\}|✨/g)) {
		parts.push(text.slice(last, m.index));
		parts.push(
			m[0] === '✨' ? (
				(icon ?? m[0])
			) : m[1] !== undefined ? (
				<strong>{m[1]}</strong>
			) : m[2] !== undefined ? (
				<a href={href}>{m[2]}</a>
			) : (
				<span lang="ko">{m[3]}</span>
			),
		);
		last = m.index + m[0].length;
	}
	parts.push(text.slice(last));
	return <>{parts}</>;
}

/**
 * The line shown until the island hydrates, and all that readers without JavaScript get: where to read the answer
 * instead.
 */
export function NoScriptNote({ text, href }: { text: string; href: string }) {
	return (
		<p class="cw-empty">
			<Rich text={text} href={href} />
		</p>
	);
}

/**
 * "Copy link": copies the address (which holds the widget's answers) and says so where the button is, every time:
 * the status is emptied first, so a second "Copied" is a new announcement.
 */
export class CopyLink extends Component<{ ui: UiStrings }, { said: string }> {
	state = { said: '' };
	private copy = () => {
		const { copied, copyFailed } = this.props.ui;
		const done = (said: string) => this.setState({ said: '' }, () => setTimeout(() => this.setState({ said }), 100));
		if (!navigator.clipboard) return done(copyFailed);
		navigator.clipboard.writeText(location.href).then(
			() => done(copied),
			() => done(copyFailed),
		);
	};
	render() {
		return (
			<span class="cw-copy">
				<button type="button" onClick={this.copy}>
					{this.props.ui.copyLink}
				</button>
				<span role="status" class="cw-copied">
					{this.state.said}
				</span>
			</span>
		);
	}
}

/**
 * What the reader changed in the server-rendered form before the island hydrated. On a slow phone the controls are
 * live HTML before their JavaScript runs, and the first render after hydration would put the server's values back.
 * `rendered` maps each field to the value the server rendered into the control with id `idOf(field)`; returns
 * `{ field: value }` for each control whose value now differs (controls not on the page are skipped).
 */
export function changedBeforeHydration<F extends string>(
	rendered: Record<F, string>,
	idOf: (field: F) => string,
): Partial<Record<F, string>> {
	const changed: Partial<Record<F, string>> = {};
	for (const field of Object.keys(rendered) as F[]) {
		const control = document.getElementById(idOf(field)) as HTMLInputElement | HTMLSelectElement | null;
		if (control && control.value !== rendered[field]) changed[field] = control.value;
	}
	return changed;
}

/**
 * Whether the reader is still in a field the answer finds invalid (the focused control has `aria-invalid`): a message
 * about a half-typed value waits until the field is left.
 */
export const typingInvalid = () => document.activeElement?.getAttribute('aria-invalid') === 'true';

/**
 * The live region: screen readers hear `text` once each time it changes (the island sets it once per settled answer).
 */
export function Announcer({ text }: { text: string }) {
	return (
		<p class="sr-only" aria-live="polite" aria-atomic="true">
			{text}
		</p>
	);
}
