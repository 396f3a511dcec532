import type { RuleData } from '../schema/rule-data.ts';
import type { ModelId, PlanId } from '../schema/ids.ts';
import type { DiffCost, NamedKind, RuleChange } from '../words/change-words.ts';

// The changes rules:diff finds by comparing the data item by item rather than by deciding queries: costs per model,
// plan and method, limits and prices, notes, names, and every other field a customer can read in rules.json (an
// alias, a source section…). Only `checked` dates are left out: a re-check changes no rule.

type Leaves = Map<string, { value: unknown; item: string; id?: string }>;

/** A list item's key in a path: its id, else what it is about (`plus/monthly`), else its index. */
function keyOf(item: unknown, i: number): string {
	if (!item || typeof item !== 'object') return String(i);
	const x = item as Record<string, unknown>;
	if (typeof x.id === 'string') return x.id;
	const about = [x.plan, x.billing, x.model].filter((v) => typeof v === 'string');
	return about.length ? about.join('/') : String(i);
}

/** Every leaf value of `data` by path (`models[nanobanana-2].names.ko`), lists of plain values as one leaf. */
function leavesOf(data: RuleData): Leaves {
	const out: Leaves = new Map();
	const walk = (value: unknown, path: string, item: string, id: string | undefined) => {
		if (Array.isArray(value) && value.some((v) => v && typeof v === 'object'))
			value.forEach((v, i) => {
				const p = `${path}[${keyOf(v, i)}]`;
				const vid = (v as { id?: unknown }).id;
				out.set(p, { value: '(item)', item: p, ...(typeof vid === 'string' && { id: vid }) });
				walk(v, p, p, typeof vid === 'string' ? vid : id);
			});
		else if (value && typeof value === 'object' && !Array.isArray(value))
			for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, item, id);
		else out.set(path, { value, item, ...(id && { id }) });
	};
	walk(data, '', '', undefined);
	return out;
}

const ITEM = String.raw`\[[^\]]+\]`;
/** Paths the handlers below word (or the verdicts cover); the rest is reported field by field. */
const COVERED = new RegExp(
	[
		String.raw`\.checked$`,
		`^grants${ITEM}(\\.(model|result|plans|billing|joined|options|lasts|offered)(\\.|$)|$)`,
		`^models${ITEM}(\\.(options|default\\.result|name|names\\.ko)(\\.|$)|$)`,
		`^plans${ITEM}(\\.(name|names\\.ko|sameBenefitsAs|benefitsFrom)(\\.|$)|$)`,
		`^billing${ITEM}(\\.(name|names\\.ko)$|$)`,
		`^options\\.\\w+${ITEM}(\\.(name|names\\.ko)$|$)`,
		`^credits\\.costs${ITEM}(\\.(model|plans|methods|credits|approximate|per|perNames\\.ko|id)$|$)`,
		String.raw`^credits\.limits\.\w+\.value$`,
		`^credits\\.prices${ITEM}(\\.(usd|plan|billing)$|$)`,
		`^notes${ITEM}(\\.(text|texts\\.ko|id)$|$)`,
	].join('|'),
);

function costChanges(before: RuleData, after: RuleData): RuleChange[] {
	const expand = (data: RuleData) => {
		const out = new Map<string, DiffCost & { id: string; model: ModelId; plan: PlanId; method: string }>();
		for (const c of data.credits.costs)
			for (const plan of c.plans ?? data.plans.map((p) => p.id))
				for (const method of c.methods ?? [''])
					out.set(`${c.model}|${plan}|${method}`, {
						id: c.id,
						model: c.model,
						plan,
						method,
						credits: c.credits,
						approximate: c.approximate,
						per: c.per,
						perKo: c.perNames?.ko,
					});
		return out;
	};
	const [b, a] = [expand(before), expand(after)];
	const value = (x: DiffCost | undefined) => (x ? JSON.stringify([x.credits, x.approximate, x.per, x.perKo]) : '');
	const groups = new Map<string, Extract<RuleChange, { kind: 'cost' }>>();
	for (const key of new Set([...b.keys(), ...a.keys()])) {
		const [x, y] = [b.get(key), a.get(key)];
		if (value(x) === value(y)) continue;
		const one = (y ?? x)!;
		const strip = (c: typeof x): DiffCost | undefined =>
			c && { credits: c.credits, approximate: c.approximate, per: c.per, ...(c.perKo && { perKo: c.perKo }) };
		const group = `${one.model}|${value(x)}|${value(y)}`;
		const found = groups.get(group);
		if (!found)
			groups.set(group, {
				kind: 'cost',
				model: one.model,
				plans: [one.plan],
				methods: one.method ? [one.method] : [],
				before: strip(x),
				after: strip(y),
				id: one.id,
			});
		else {
			if (!found.plans.includes(one.plan)) found.plans.push(one.plan);
			if (one.method && !found.methods.includes(one.method)) found.methods.push(one.method);
		}
	}
	return [...groups.values()];
}

function limitChanges(before: RuleData, after: RuleData): RuleChange[] {
	const out: RuleChange[] = [];
	for (const what of ['maxVideoSeconds', 'topUpValidityMonths'] as const) {
		const [x, y] = [before.credits.limits[what].value, after.credits.limits[what].value];
		if (x !== y) out.push({ kind: 'value', what, before: x, after: y });
	}
	const prices = (d: RuleData) => new Map(d.credits.prices.map((p) => [`${p.plan}|${p.billing}`, p]));
	const [b, a] = [prices(before), prices(after)];
	for (const key of new Set([...b.keys(), ...a.keys()])) {
		const [x, y] = [b.get(key), a.get(key)];
		const one = (y ?? x)!;
		if (x?.usd !== y?.usd)
			out.push({
				kind: 'value',
				what: 'price',
				plan: one.plan,
				billing: one.billing,
				...(x && { before: x.usd }),
				...(y && { after: y.usd }),
			});
	}
	return out;
}

function noteChanges(before: RuleData, after: RuleData): RuleChange[] {
	const texts = (d: RuleData) =>
		new Map(d.notes.map((n) => [n.id as string, { en: n.text, ...(n.texts?.ko && { ko: n.texts.ko }) }]));
	const [b, a] = [texts(before), texts(after)];
	return [...new Set([...b.keys(), ...a.keys()])].flatMap((id): RuleChange[] => {
		const [x, y] = [b.get(id), a.get(id)];
		if (JSON.stringify(x) === JSON.stringify(y)) return [];
		return [{ kind: 'note', id, ...(x && { before: x }), ...(y && { after: y }) }];
	});
}

function nameChanges(before: RuleData, after: RuleData): RuleChange[] {
	type Named = { id: string; name: string; names?: { ko?: string | undefined } | undefined };
	const lists = (d: RuleData): [NamedKind, Named[]][] => [
		['model', d.models],
		['plan', d.plans],
		['billing', d.billing],
		['option', Object.values(d.options).flat()],
	];
	const out: RuleChange[] = [];
	lists(before).forEach(([what, list], i) => {
		const [b, a] = [new Map(list.map((x) => [x.id, x])), new Map(lists(after)[i]![1].map((x) => [x.id, x]))];
		for (const id of new Set([...b.keys(), ...a.keys()]))
			for (const lang of ['en', 'ko'] as const) {
				const name = (x: Named | undefined) => (lang === 'en' ? x?.name : x?.names?.ko);
				const [x, y] = [name(b.get(id)), name(a.get(id))];
				// A thing added or removed is reported by what it changes (verdicts, costs), not as a new name.
				if (x !== y && b.has(id) && a.has(id))
					out.push({ kind: 'name', what, id, lang, ...(x && { before: x }), ...(y && { after: y }) });
			}
	});
	return out;
}

function fieldChanges(before: RuleData, after: RuleData): RuleChange[] {
	const [b, a] = [leavesOf(before), leavesOf(after)];
	const out: RuleChange[] = [];
	for (const path of new Set([...b.keys(), ...a.keys()])) {
		const [x, y] = [b.get(path), a.get(path)];
		if (COVERED.test(path) || JSON.stringify(x?.value) === JSON.stringify(y?.value)) continue;
		const one = (y ?? x)!;
		// A field of an item added or removed is reported with the item, once.
		if (one.item && one.item !== path && !(b.has(one.item) && a.has(one.item))) continue;
		const id = one.id;
		out.push({
			kind: 'field',
			where: path,
			before: x?.value === '(item)' ? 'listed' : x?.value,
			after: y?.value === '(item)' ? 'listed' : y?.value,
			...(id && { id }),
		});
	}
	return out;
}

/**
 * The changes of every value other than verdicts, by kind: costs (per model, plan and method, grouped where plans or
 * methods change alike), limits and prices, notes (English and Korean text), names (English and Korean, of models,
 * plans, billing cycles and option values), then any other changed field by its path in the data
 * (`models[nanobanana-2].aliases: ["나노바나나"] → …`).
 */
/**
 * A grant whose `offered` days changed: the promotion starts or ends on a calendar day for every member it covers,
 * which the verdict lines (asked on each signup day) show for new signups only.
 */
function offerChanges(before: RuleData, after: RuleData): RuleChange[] {
	const offers = (data: RuleData) => new Map(data.grants.map((g) => [g.id as string, g]));
	const [b, a] = [offers(before), offers(after)];
	return [...new Set([...b.keys(), ...a.keys()])].flatMap((id): RuleChange[] => {
		const [x, y] = [b.get(id), a.get(id)];
		if (!x || !y || JSON.stringify(x.offered) === JSON.stringify(y.offered)) return [];
		return [
			{
				kind: 'offer',
				id,
				model: y.model,
				...(x.offered && { before: x.offered }),
				...(y.offered && { after: y.offered }),
			},
		];
	});
}

export function valueChanges(before: RuleData, after: RuleData): RuleChange[] {
	return [
		...costChanges(before, after),
		...limitChanges(before, after),
		...noteChanges(before, after),
		...nameChanges(before, after),
		...fieldChanges(before, after),
		...offerChanges(before, after),
	];
}
