/**
 * The tests `npm run check` runs: everything that needs neither a build nor a browser. Every test file under these
 * folders must be listed here (tests/agents is left out: its messages name every model, so a new model would fail it
 * before the editor's change is done); tests/editor/check-paths.test.ts fails when one is not, or when a path matches
 * nothing.
 */
export const CHECK_PATHS = ['tests/rules', 'tests/prose', 'tests/widgets', 'tests/editor/rules-diff.test.ts', 'src/'];
