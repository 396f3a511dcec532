import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

// The widgets must not download zod (7.6 KB gzip) or the rule-data validator: they are validated at build time.
describe('the browser part of the rule set', () => {
	it.each(['src/rules/browser.ts', 'src/components/AmIUnlimitedIsland.tsx', 'src/components/CreditEstimatorIsland.tsx'])('%s bundles without zod or the validator', async (entry) => {
		const result = await build({
			entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent',
			jsx: 'automatic', jsxImportSource: 'preact', external: ['preact', 'preact/*'],
		});
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs.filter((f) => f.includes('node_modules/zod') || /rules\/(validate|schemas\/)/.test(f))).toEqual([]);
		expect(inputs).toContain('content/rules/grants.json');
	});
});
