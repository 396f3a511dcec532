import type { ComponentChildren } from 'preact';

/** A labelled `<select>`; `id` ties the visible label to the control. */
export function Select(props: {
	id: string;
	label: string;
	value: string;
	options: readonly (readonly [value: string, label: string])[];
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

/** A labelled `<input>` of type date or number. */
export function Input(props: {
	id: string;
	label: string;
	type: 'date' | 'number';
	value: string;
	hint?: ComponentChildren;
	min?: string;
	onInput: (value: string) => void;
}) {
	return (
		<div class="cw-field">
			<label for={props.id}>{props.label}</label>
			<input
				id={props.id}
				type={props.type}
				value={props.value}
				min={props.min}
				inputMode={props.type === 'number' ? 'numeric' : undefined}
				aria-describedby={props.hint ? `${props.id}-hint` : undefined}
				onInput={(e) => props.onInput(e.currentTarget.value)}
			/>
			{props.hint && <p class="cw-hint" id={`${props.id}-hint`}>{props.hint}</p>}
		</div>
	);
}

/** Messages about ignored URL parameters, shown as text. */
export function Problems({ problems }: { problems: string[] }) {
	if (!problems.length) return null;
	return (
		<div class="cw-problems" role="alert">
			{problems.map((p) => <p key={p}>{p}</p>)}
		</div>
	);
}

/** Text shown until the island hydrates, and all that readers without JavaScript see. */
export function NoScriptNote({ what, href, linkText }: { what: string; href: string; linkText: string }) {
	return (
		<p class="cw-noscript">
			The interactive {what} needs JavaScript. Without it, read the answer in <a href={href}>{linkText}</a>.
		</p>
	);
}

/** The customer's Plan, Billing and Signup date controls, shared by both widgets. */
export function CustomerFields(props: {
	id: (name: string) => string;
	form: { plan: string; billing: string; joined: string };
	plans: readonly (readonly [string, string])[];
	billings: readonly (readonly [string, string])[];
	set: (key: 'plan' | 'billing' | 'joined') => (value: string) => void;
}) {
	const { id, form, set } = props;
	return (
		<>
			<Select id={id('plan')} label="Plan" value={form.plan} options={props.plans} placeholder="Choose a plan" onChange={set('plan')} />
			<Select id={id('billing')} label="Billing" value={form.billing} options={props.billings} onChange={set('billing')} />
			<Input id={id('joined')} label="Signup date" type="date" value={form.joined} onInput={set('joined')} />
		</>
	);
}
