import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

// The layout of src/rules holds by tool, not by review: dependency-cruiser checks the layering rules written in
// .dependency-cruiser.cjs (a wrong import fails naming the rule and both modules), and the import graph stays at
// most 5 levels deep (a module's level = 1 + the deepest level it imports; type-only imports are erased at build).
interface Cruised {
	summary: { violations: { rule: { name: string }; from: string; to: string }[] };
	modules: { source: string; dependencies: { resolved: string; dependencyTypes: string[] }[] }[];
}
const cruised = JSON.parse(
	execFileSync('depcruise', ['src/rules', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
		encoding: 'utf8',
		maxBuffer: 64 << 20,
	}),
) as Cruised;

/** Each module's level and its deepest chain of runtime imports, `a.ts → b.ts → …`. */
function levels(modules: Cruised['modules']): Map<string, string[]> {
	const runtime = new Map(
		modules.map((m) => [
			m.source,
			m.dependencies.filter((d) => !d.dependencyTypes.includes('type-only')).map((d) => d.resolved),
		]),
	);
	const chains = new Map<string, string[]>();
	const chain = (source: string): string[] => {
		let found = chains.get(source);
		if (found) return found;
		const deepest =
			(runtime.get(source) ?? [])
				.filter((d) => d.startsWith('src/rules/'))
				.map(chain)
				.sort((a, b) => b.length - a.length)[0] ?? [];
		chains.set(source, (found = [source, ...deepest]));
		return found;
	};
	for (const m of modules) if (m.source.startsWith('src/rules/')) chain(m.source);
	return chains;
}

describe('the import graph of src/rules', () => {
	it('breaks no layering rule and has no cycle', () => {
		expect(cruised.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
		expect(cruised.modules.filter((m) => m.source.startsWith('src/rules/')).length).toBeGreaterThan(30);
	});

	it('is at most 5 levels deep', () => {
		const chains = levels(cruised.modules);
		const deepest = [...chains.values()].sort((a, b) => b.length - a.length)[0]!;
		expect(deepest.length, deepest.join(' → ')).toBeLessThanOrEqual(5);
		// The public API reaches the engine through the binding: a chain of several levels, so the count is real.
		expect(chains.get('src/rules/index.ts')).toEqual(
			expect.arrayContaining(['src/rules/index.ts', 'src/rules/committed.ts', 'src/rules/engine/compile.ts']),
		);
	});
});
