// The public API of the rule set. Pure TypeScript: no DOM, no Astro. Runs in Node, in tests and in the browser.
// Every engine function takes a RuleSet first; `checkEligibility`, `listBenefits`, `unlockingOptions` and `estimate`
// are bound here to the committed rules (`rules`, from committed.ts). Tests compile their own with `compileRules`.
import { rules } from './committed.ts';
import { ruleApi } from './api.ts';

export { rules };
export const { checkEligibility, listBenefits, unlockingOptions, estimate } = ruleApi(rules);
export { ruleApi, type RuleApi } from './api.ts';
export { compileRules, type RuleSet, type Vocabulary, type ResolvedQuery } from './compile.ts';
export { benefitsFor, BENEFIT_GROUPS, type Benefits, type Benefit, type Customer } from './benefits.ts';
export { decide, resolveQuery, coveringGrant, type Decision, type Trace, type NotCovered, type ValidQuery } from './decide.ts';
export { evaluate, explain, notesFor, reasonsOf, type Verdict, type Explanation, type Reason, type VerdictNote } from './verdict.ts';
export { unlockOptionsFor, type UnlockOption } from './unlock.ts';
export { estimateFor, type Estimate, type EstimateLine, type Affordable, type ValidEstimateInput } from './estimate.ts';
export { querySchemas, type EligibilityQueryInput, type CustomerQueryInput } from './schemas/query.ts';
export { estimateSchemas, type EstimateInput } from './schemas/estimate.ts';
export { inputProblems, type InputProblem } from './input-checks.ts';
export { publishedCost, monthlyCredits, type PublishedCost } from './costs.ts';
export { reachOf, grantReach, rangesOf } from './analysis.ts';
export { sourceHref, DOCS_PATH, SITE } from './links.ts';
export { today, FIRST_DAY, LAST_DAY } from './calendar.ts';
export { STATUSES, type Status } from './schemas/status.ts';
export type { RuleData } from './schemas/rule-data.ts';
export * from './words.ts';
