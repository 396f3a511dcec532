import type { $ZodIssue } from 'zod/v4/core';
import type * as z from 'zod/mini';

// A zod schema's issues worded as every rule data problem is worded, for the rule files and the change log alike.

/**
 * A zod issue in words, from its code and the value it is about: zod/mini ships no English messages (its default is
 * "Invalid input"). E.g. `"free" is not one of "unlimited", "credits", "confirm", "unsupported"`.
 */
export function describeIssue(issue: $ZodIssue, input: unknown): string {
	const got = JSON.stringify(input);
	// Bounds are worded here even where zod's English locale is loaded (the build's), so both say the same.
	if (issue.code === 'too_big' && issue.origin === 'number')
		return `${got} is too big (maximum ${String(issue.maximum)})`;
	if (issue.code === 'too_small' && issue.origin === 'number')
		return `${got} is too small (minimum ${String(issue.minimum)})`;
	if (issue.message !== 'Invalid input') return issue.message;
	switch (issue.code) {
		case 'unrecognized_keys':
			return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_value':
			return `${got} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'invalid_type':
			return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${got}`;
		case 'too_small':
			return `${got} is too small (minimum ${String(issue.minimum)})`;
		case 'too_big':
			return `${got} is too big (maximum ${String(issue.maximum)})`;
		default:
			return `${issue.code} (${got})`;
	}
}
const valueAt = (value: unknown, path: PropertyKey[]) =>
	path.reduce<unknown>(
		(v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
		value,
	);
const pathOf = (path: PropertyKey[]) =>
	path
		.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
		.join('')
		.replace(/^\./, '');
/**
 * An issue as an editor needs it: a value that fits no branch of a union (a model's one default, or its list of dated
 * defaults) is reported by the issues of the branch of its own shape (an object's, or a list's), under its path; an
 * issue of a union whose branches are values (`"basis": "stated"` or a reading) keeps its own message.
 */
function unionBranch(issue: $ZodIssue): $ZodIssue[] {
	if (issue.code !== 'invalid_union' || issue.message !== 'Invalid input' || !issue.errors.length) return [issue];
	const fits = issue.errors.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
	return fits ? fits.flatMap((i) => unionBranch({ ...i, path: [...issue.path, ...i.path] } as $ZodIssue)) : [issue];
}

/**
 * A field of a rule file as the messages name it, with the id of the list item it is in when it has one: a grant's id
 * first (`grant "z-image" (grants[3]).lasts.years`), other items' after the index (`costs[0] (carat-video).credits`);
 * else the path (`limits.maxVideoSeconds.value`).
 */
function fieldOf(file: unknown, path: PropertyKey[]): string {
	const [list, index, ...rest] = path;
	const id = typeof list === 'string' && typeof index === 'number' ? valueAt(file, [list, index, 'id']) : undefined;
	if (typeof id !== 'string' || typeof list !== 'string' || typeof index !== 'number') return pathOf(path) || '(root)';
	const field = pathOf(rest).replace(/^(?=[^[])/, '.');
	// The forms the other checks use: `grant "id" (grants[3])`, `models[0] (nanobanana)`.
	return list === 'grants'
		? `grant ${JSON.stringify(id)} (grants[${index}])${field}`
		: `${list}[${index}] (${id})${field}`;
}

/**
 * `value` checked against a zod `schema`: its output, or one problem per issue, worded as every rule data problem is:
 * `<path>: <field, with its list item's id>: <what is wrong>` (`content/rules/changes.json: changes[1]
 * (2026-12-02-z-image).summary.ko: missing (expected string)`). `path`: the file, from the repository root.
 */
export function schemaCheck<S extends z.ZodMiniType>(
	path: string,
	schema: S,
	value: unknown,
): { data?: z.output<S>; problems: string[] } {
	const result = schema.safeParse(value);
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: (result.error.issues as $ZodIssue[])
			.flatMap(unionBranch)
			.map((issue) => `${path}: ${fieldOf(value, issue.path)}: ${describeIssue(issue, valueAt(value, issue.path))}`),
	};
}
