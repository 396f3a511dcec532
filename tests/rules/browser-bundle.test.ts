import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

// The widgets must not download zod (7.6 KB gzip), the rule-data validator (checks/) or the input schemas (input/):
// the rule data is validated at build time, and the widgets check input with inputProblems.
describe('the browser part of the rule set', () => {
	it.each([
		'src/rules/committed.ts',
		'src/components/AmIUnlimitedIsland.tsx',
		'src/components/CreditEstimatorIsland.tsx',
	])('%s bundles without zod or the validator', async (entry) => {
		const result = await build({
			entryPoints: [entry],
			bundle: true,
			write: false,
			metafile: true,
			format: 'esm',
			platform: 'browser',
			logLevel: 'silent',
			jsx: 'automatic',
			jsxImportSource: 'preact',
			external: ['preact', 'preact/*'],
		});
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs.filter((f) => f.includes('node_modules/zod') || /rules\/(checks|input)\//.test(f))).toEqual([]);
		expect(inputs).toContain('content/rules/grants.json');
	});
});
