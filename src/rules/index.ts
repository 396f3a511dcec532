// The public API of the rule set. Pure TypeScript: no DOM, no Astro. Runs in Node, in tests and in the browser
// (the widgets import the zod-free subset in browser.ts).
export { checkEligibility, listBenefits, unlockingOptions, estimate } from './api.ts';
export { benefitsFor, BENEFIT_GROUPS, type Benefits, type Benefit, type Customer } from './benefits.ts';
export { decide, resolveQuery, coveringGrant, type Decision, type Trace, type NotCovered, type ValidQuery } from './decide.ts';
export { evaluate, explain, notesFor, reasonsOf, type Verdict, type Explanation, type Reason, type VerdictNote } from './verdict.ts';
export { unlockOptionsFor, type UnlockOption } from './unlock.ts';
export { estimateFor, type Estimate, type EstimateLine, type Affordable, type ValidEstimateInput } from './estimate.ts';
export { EligibilityQuery, CustomerQuery, type EligibilityQueryInput, type CustomerQueryInput } from './schemas/query.ts';
export { EstimateInput, EstimateLineInput } from './schemas/estimate.ts';
export { inputProblems, type InputProblem } from './input-checks.ts';
export { publishedCost, monthlyCredits, type PublishedCost } from './costs.ts';
export { ruleData } from './rule-data.ts';
export { reachOf, grantReach, rangesOf } from './analysis.ts';
export { decisionData, type DecisionData } from './data.ts';
export { sourceHref, DOCS_PATH, SITE } from './links.ts';
export { vocabulary } from './vocabulary.ts';
export { today, FIRST_DAY, LAST_DAY } from './calendar.ts';
export { STATUSES, type Status } from './schemas/status.ts';
export type { ResolvedQuery } from './compile.ts';
export type { RuleData } from './schemas/rule-data.ts';
export * from './words.ts';
