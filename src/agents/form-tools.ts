import { fieldDescription } from './input-schemas.ts';
import type { FieldName } from '../rules/schema/fields.ts';
import type { FormTool } from '../components/agent-form.ts';

// The widgets' forms as WebMCP declarative tools (see src/components/agent-form.ts): their names, descriptions and
// parameter descriptions, the parameters named as the rule tools name them. Read at build time by the widgets' Astro
// wrappers and handed to the islands as props.

const params = (names: FieldName[]) => Object.fromEntries(names.map((name) => [name, fieldDescription(name)]));

/**
 * The "Am I unlimited?" form: what check_eligibility (with a model) or list_benefits (without) answers. Not its
 * Resolution, Method and Agent controls: they appear once a model is picked, and a control that appears while an
 * agent fills the form changes the tool's definition, which cancels the call (Chromium 150). The tools' defaults
 * apply (the first resolution or method), as in check_eligibility.
 */
export const checkerFormTool: FormTool = {
	name: 'am_i_unlimited_form',
	description:
		'Fills in and submits the "Am I unlimited?" checker on this page. With plan, billing cycle and signup date, it answers whether the model (at its first resolution or generation method) is unlimited for the customer or uses credits (without a model: how many models fall in each group), as the page shows it. The check_eligibility and list_benefits tools give the same answers as structured data.',
	params: params(['plan', 'billing', 'joined', 'model', 'asOf']),
};

/** The credit estimator's form: plan, billing cycle, signup date and balance; the lines stay as the page shows them. */
export const estimatorFormTool: FormTool = {
	name: 'credit_estimator_form',
	description:
		'Fills in and submits the credit estimator on this page: plan, billing cycle, signup date and credit balance, for the generations listed on the page (one Carat Video line to start). Answers with the total in credits as the page shows it. The estimate_credits tool prices any lines and returns structured data.',
	params: params(['plan', 'billing', 'joined', 'balance']),
};
