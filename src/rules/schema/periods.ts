// Days on which a rule holds: a grant's offer periods and a model's dated defaults, and which default holds on a day.
// A leaf without zod, so that the engine (in the browser too) reads them without the schemas.
import type { Model, ModelDefault } from './model.ts';

/** Days on which something holds: `from` and `until` both included, either absent = no bound on that side. */
export interface Period {
	from?: string | undefined;
	until?: string | undefined;
}

/** The periods of an `offered` value (one period or a list), `[]` when absent (it then holds on every day). */
export function periodsOf(offered: Period | readonly Period[] | undefined): readonly Period[] {
	if (offered === undefined) return [];
	return Array.isArray(offered) ? offered : [offered as Period];
}

/** Does a period hold on `day` (`YYYY-MM-DD`)? */
export const inPeriod = (p: Period, day: string): boolean => (!p.from || day >= p.from) && (!p.until || day <= p.until);

/** Does something `offered` on these periods hold on `day`? Absent = every day. */
export function offeredOn(offered: Period | readonly Period[] | undefined, day: string): boolean {
	return offered === undefined || periodsOf(offered).some((p) => inPeriod(p, day));
}

/** A model's defaults as a list: its one default, or its dated defaults in file order. */
export function defaultsOf(model: Pick<Model, 'default'>): readonly ModelDefault[] {
	return Array.isArray(model.default) ? model.default : [model.default as ModelDefault];
}

/**
 * The default that holds on `day` (`YYYY-MM-DD`): the model's one default, or the dated default whose `offered` days
 * include it. Validated data covers every day, so this never returns `undefined` for it.
 */
export function defaultOn(model: Pick<Model, 'default'>, day: string): ModelDefault {
	const list = defaultsOf(model);
	return list.length === 1 ? list[0]! : (list.find((d) => offeredOn(d.offered, day)) ?? list[0]!);
}

/** Is a model not available yet on every day (all its defaults `unsupported`)? No grant may cover such a model. */
export const neverSupported = (model: Pick<Model, 'default'>) =>
	defaultsOf(model).every((d) => d.result === 'unsupported');
