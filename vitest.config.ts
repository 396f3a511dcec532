import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		// The browser tests start one preview server and one Chromium; keep files from competing for the 2 cores.
		fileParallelism: false,
		testTimeout: 30_000,
		// Seoul, where most readers are: every test sees a calendar day that differs from UTC's for 9 hours a day.
		// tests/rules/calendar.test.ts also runs in Los Angeles.
		env: { TZ: 'Asia/Seoul' },
		reporters: ['default', './tests/summary-reporter.ts'],
		hookTimeout: 60_000,
		// A widget loads its rule engine on first use; on a busy 2-core machine that can take more than poll's 1 s default.
		expect: { poll: { timeout: 8_000 } },
	},
});
