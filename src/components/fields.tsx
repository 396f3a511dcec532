import { Component, type ComponentChildren } from 'preact';
import type { Pair } from './choices.ts';

/** A labelled `<select>`; `id` ties the visible label to the control. */
export function Select(props: {
	id: string;
	label: string;
	value: string;
	options: readonly Pair[];
	placeholder?: string;
	onChange: (value: string) => void;
}) {
	return (
		<div class="cw-field">
			<label for={props.id}>{props.label}</label>
			<select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
				{props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
				{props.options.map(([value, label]) => (
					<option key={value} value={value}>{label}</option>
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
	onInput: (value: string) => void;
	onBlur?: () => void;
}) {
	const number = props.type === 'number';
	return (
		<div class="cw-field">
			<label for={props.id}>{props.label}</label>
			<input
				id={props.id}
				type={number ? 'text' : 'date'}
				inputMode={number ? 'numeric' : undefined}
				autoComplete="off"
				value={props.value}
				placeholder={props.placeholder}
				aria-describedby={props.hint ? `${props.id}-hint` : undefined}
				onInput={(e) => props.onInput(e.currentTarget.value)}
				onBlur={props.onBlur}
			/>
			{props.hint && <p class="cw-hint" id={`${props.id}-hint`}>{props.hint}</p>}
		</div>
	);
}

/** Messages about the widget's own URL parameters that were ignored, shown as text. */
export function Problems({ problems }: { problems: string[] }) {
	if (!problems.length) return null;
	return (
		<div class="cw-problems" role="alert">
			{problems.map((p) => <p key={p}>{p}</p>)}
		</div>
	);
}

/** The line shown until the island hydrates, and all that readers without JavaScript get: where to read the answer instead. */
export function NoScriptNote({ what, href, linkText }: { what: string; href: string; linkText: string }) {
	return (
		<p class="cw-empty" data-pagefind-ignore>
			The interactive {what} needs JavaScript. Without it, read the answer in <a href={href}>{linkText}</a>.
		</p>
	);
}

/** "Copy link": copies the address (which holds the widget's answers) and says so where the button is. */
export class CopyLink extends Component<{ label?: string }, { said: string }> {
	state = { said: '' };
	private copy = () => {
		const done = (said: string) => this.setState({ said });
		navigator.clipboard?.writeText(location.href).then(() => done('Copied'), () => done('Copy failed: copy the address bar instead'))
			?? done('Copy failed: copy the address bar instead');
	};
	render() {
		return (
			<span class="cw-copy">
				<button type="button" onClick={this.copy}>{this.props.label ?? 'Copy link'}</button>
				<span role="status" class="cw-copied">{this.state.said}</span>
			</span>
		);
	}
}

/** The live region: screen readers hear `text` once each time it changes (the island sets it once per settled answer). */
export function Announcer({ text }: { text: string }) {
	return <p class="sr-only" aria-live="polite" aria-atomic="true">{text}</p>;
}
