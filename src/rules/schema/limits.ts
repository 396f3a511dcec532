// The limits of an estimate: what the widget's form, its URL and the API accept alike. A leaf module, so that an
// island can check its URL before the rule engine loads.

/** Inclusive bounds per numeric field, and the most lines an estimate may have. */
export const LIMITS = {
	/** Generations per line. */
	count: { min: 1, max: 100_000 },
	/** Credits per generation a reader enters for an unpublished cost. */
	cost: { min: 0, max: 100_000 },
	/** Credit balance, in credits. */
	balance: { min: 0, max: 100_000_000 },
	/** Lines of one estimate. */
	lines: 50,
} as const;

/** Is `v` a whole number within the limits of `field`? */
export const withinLimits = (field: 'count' | 'cost' | 'balance', v: unknown): v is number =>
	Number.isInteger(v) && (v as number) >= LIMITS[field].min && (v as number) <= LIMITS[field].max;

/**
 * A whole number typed as text (`'25'`), as the form and the URL take it: digits only, within the limits of `field`.
 * Returns the number, or `undefined` for anything else (`'1e3'`, `'1.0'`, `' 5'`, `'-1'`, `'100001'` for a count).
 */
export function wholeNumberText(field: 'count' | 'cost' | 'balance', text: string): number | undefined {
	if (!/^\d{1,9}$/.test(text)) return undefined;
	const n = Number(text);
	return withinLimits(field, n) ? n : undefined;
}
