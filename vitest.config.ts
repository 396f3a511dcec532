import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		// The browser tests start one preview server and one Chromium; keep files from competing for the 2 cores.
		fileParallelism: false,
		testTimeout: 30_000,
		reporters: ['default', './tests/summary-reporter.ts'],
		hookTimeout: 60_000,
	},
});
