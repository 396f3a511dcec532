import type { RuleData } from '../rules/schema/rule-data.ts';
import { modelNamings, nameKey } from '../rules/engine/aliases.ts';

// What the widgets' forms offer, read from the rule data at build time and handed to the islands as props, so the
// first JavaScript a page downloads holds no rule data (the engine and its data load when a reader starts answering).

/** `[id, name]`, e.g. `['premium', 'Premium']`. */
export type Pair = readonly [id: string, name: string];

/** A model as a form offers it. */
export interface ModelChoice {
	id: string;
	name: string;
	/** Resolution ids, when the model has resolutions (the first is the default). */
	resolutions?: string[];
	/** Generation method ids, when the model has methods (the first is the default). */
	methods?: string[];
	/** `true` when the model is not available yet (no agent to ask about). */
	unsupported?: true;
}

/** Every choice of the widgets' forms, as plain JSON (island props). */
export interface Choices {
	plans: Pair[];
	billing: Pair[];
	models: ModelChoice[];
	methods: Pair[];
	agents: Pair[];
	/** Resolution ids. */
	resolutions: string[];
	/**
	 * Model ids by every name a customer may type (names, models.json `aliases`), keyed by the name in lower case and by
	 * its `nameKey` (`sora 2`, `sora2`), for links.
	 */
	aliases: Record<string, string>;
}

type Named = { id: string; name: string; names?: { ko?: string | undefined } | undefined };

/** The choices of rule `data`, named in `locale` (`names.ko` on Korean pages, else `name`). */
export function choicesOf(data: RuleData, locale: string): Choices {
	const nameOf = (x: Named) => (locale === 'ko' ? x.names?.ko : undefined) ?? x.name;
	const pairs = (list: Named[]): Pair[] => list.map((x) => [x.id, nameOf(x)] as const);
	return {
		plans: pairs(data.plans),
		billing: pairs(data.billing),
		models: data.models.map((m) => ({
			id: m.id,
			name: nameOf(m),
			...(m.options?.resolution && { resolutions: [...m.options.resolution] }),
			...(m.options?.method && { methods: [...m.options.method] }),
			...(m.default.result === 'unsupported' && { unsupported: true as const }),
		})),
		methods: pairs(data.options.method),
		agents: pairs(data.options.agent),
		resolutions: data.options.resolution.map((r) => r.id),
		// Both spellings of each key, so the islands need no `nameKey` of their own: lower case as written, and squeezed.
		aliases: Object.fromEntries(
			modelNamings(data).flatMap((n) => [
				[n.text.toLowerCase(), n.model],
				[nameKey(n.text), n.model],
			]),
		),
	};
}
