import type { Reporter, TestModule } from 'vitest/node';

/** Ends every run with a plain `N passed, N failed` line (CI reads it; vitest's own summary is not such a line). */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		for (const module of modules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') counts.passed++;
				else if (state === 'failed') counts.failed++;
				else counts.skipped++;
			}
			// A file that failed to load has no tests to count; it is still a failure.
			if (module.state() === 'failed' && ![...module.children.allTests()].length) counts.failed++;
		}
		counts.failed += errors.length;
		console.log(
			`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
		);
	}
}
