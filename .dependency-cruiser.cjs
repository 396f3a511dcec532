// The layers of src/rules (README "The rule engine"), lowest first. A module imports its own layer and the layers
// below it, never one above; nothing in src/rules imports the committed data's binding but index.ts. Run with
// `npm run lint:deps`; tests/rules/import-graph.test.ts runs the same rules in `npm test` and also holds the
// import graph to at most 5 levels. Type-only imports are erased at build and are allowed across layers.
const LAYERS = ['schema', 'engine', 'words', 'input', 'checks'];
const TOP = ['committed\\.ts', 'index\\.ts', 'verdict\\.ts'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-cycle',
			comment: 'A cycle makes the order of evaluation depend on which module is imported first.',
			severity: 'error',
			from: { path: '^src/rules/' },
			to: { circular: true, dependencyTypesNot: ['type-only'] },
		},
		...LAYERS.map((layer, i) => ({
			name: `${layer}-imports-no-higher-layer`,
			comment: `src/rules/${layer}/ may import ${LAYERS.slice(0, i + 1).join(', ')} only.`,
			severity: 'error',
			from: { path: `^src/rules/${layer}/` },
			to: { path: `^src/rules/(${[...LAYERS.slice(i + 1), ...TOP].join('|')})`, dependencyTypesNot: ['type-only'] },
		})),
		{
			name: 'words-never-run-the-engine',
			comment: 'Wording reads decisions (types) and the rule set; it never calls engine functions.',
			severity: 'error',
			from: { path: '^src/rules/words/' },
			to: { path: '^src/rules/engine/', dependencyTypesNot: ['type-only'] },
		},
		{
			name: 'one-binding',
			comment: 'Only index.ts imports the committed rules inside src/rules; every other module takes a RuleSet.',
			severity: 'error',
			from: { path: '^src/rules/', pathNot: '^src/rules/index\\.ts$' },
			to: { path: '^src/rules/committed\\.ts$' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '\\.test\\.ts$' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
	},
};
