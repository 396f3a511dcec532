/** The tests `npm run check` runs: everything that needs neither a build nor a browser. */
export const CHECK_PATHS = ['tests/rules', 'tests/prose', 'tests/editor/rules-diff.test.ts', 'tests/url-state.test.ts', 'src/'];
