import { defineConfig } from 'vitest/config';

// Three projects, by what a test needs. `unit` is every test file that needs neither a build nor a browser: the
// editor's `npm run check` runs it (`--project unit`), so a new test file is in the loop by where it lives, with no
// list to keep. `site` reads the build in dist/ (or builds a copy of the project); `browser` drives Chromium on it.
const SITE = ['tests/site/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/mcp/**/*.test.ts'];
const BROWSER = ['tests/browser/**/*.test.ts'];

export default defineConfig({
	test: {
		// The browser tests start one server and one Chromium; keep files from competing for the 2 cores.
		fileParallelism: false,
		testTimeout: 30_000,
		// Seoul, where most readers are: every test sees a calendar day that differs from UTC's for 9 hours a day.
		// tests/rules/calendar.test.ts also runs in Los Angeles.
		env: { TZ: 'Asia/Seoul' },
		reporters: ['default', './tests/summary-reporter.ts'],
		hookTimeout: 60_000,
		// A widget loads its rule engine on first use; on a busy 2-core machine that can take more than poll's 1 s default.
		expect: { poll: { timeout: 8_000 } },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
					exclude: [...SITE, ...BROWSER],
					sequence: { groupOrder: 0 },
				},
			},
			{ extends: true, test: { name: 'site', include: SITE, sequence: { groupOrder: 1 } } },
			{ extends: true, test: { name: 'browser', include: BROWSER, sequence: { groupOrder: 2 } } },
		],
	},
});
