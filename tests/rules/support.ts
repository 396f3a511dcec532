// Test helpers: re-exports of the public API plus date arithmetic, so property tests read as plain code.
export * from '../../src/rules/index.ts';
export { addDays as addDaysForTests } from '../../src/rules/dates.ts';
