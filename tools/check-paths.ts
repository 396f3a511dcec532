/**
 * The tests `npm run check` runs: everything that needs neither a build nor a browser. Every test file under these
 * folders must be listed here; tests/editor/check-paths.test.ts fails when one is not, or when a path matches nothing.
 */
export const CHECK_PATHS = ['tests/rules', 'tests/prose', 'tests/widgets', 'tests/agents', 'tests/editor/rules-diff.test.ts', 'src/'];
