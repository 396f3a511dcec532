export * from '../../src/rules/index.ts';
export { lastDayOfYears as lastDayOfYearsForTests } from '../../src/rules/dates.ts';
