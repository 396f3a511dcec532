import type { RuleData } from '../schema/rule-data.ts';
import type { ModelId } from '../schema/ids.ts';

/** A model name as compared: lower case, without spaces, hyphens, underscores or dots (`Sora 2` -> `sora2`). */
export const nameKey = (text: string) => text.toLowerCase().replace(/[\s._-]+/g, '');

/** One way to name a model: its id, its name in a language, or one of its aliases (models.json `aliases`). */
export interface ModelNaming {
	model: ModelId;
	/** The text as written in the data. */
	text: string;
	/** `alias` for the names customers type; `name` for ids and display names. */
	kind: 'name' | 'alias';
}

/** Every naming of every model, in data order: id, name, Korean name, then English and Korean aliases. */
export function modelNamings(data: Pick<RuleData, 'models'>): ModelNaming[] {
	return data.models.flatMap((m) => [
		...[m.id, m.name, m.names?.ko]
			.filter((t): t is string => !!t)
			.map((text) => ({ model: m.id, text, kind: 'name' as const })),
		...[...(m.aliases?.en ?? []), ...(m.aliases?.ko ?? [])].map((text) => ({
			model: m.id,
			text,
			kind: 'alias' as const,
		})),
	]);
}

/**
 * The model a customer's text names (`sora`, `Sora2`, `소라`, `Nanobanana Pro`), compared by `nameKey`, or `undefined`
 * when it names none. Unique by validation (validate.ts refuses an alias that names two models).
 */
export function modelNamed(data: Pick<RuleData, 'models'>, text: string): ModelId | undefined {
	const key = nameKey(text);
	return modelNamings(data).find((n) => nameKey(n.text) === key)?.model;
}
