// The public API of the rule set. Pure TypeScript: no DOM, no Astro. Runs in Node, in tests and in the browser.
export { checkEligibility, evaluate, resolveQuery, type Verdict, type Reason, type VerdictNote } from './eligibility.ts';
export { unlockingOptions, type UnlockOption } from './unlock.ts';
export { estimate, EstimateInput, EstimateLineInput, type Estimate, type EstimateLine, type Affordable } from './estimate.ts';
export { EligibilityQuery, type EligibilityQueryInput } from './schemas/query.ts';
export { publishedCost, monthlyCredits, type PublishedCost } from './costs.ts';
export { ruleData } from './data.ts';
export { sourceHref, DOCS_PATH, SITE } from './links.ts';
export * from './wording.ts';
export { formatDate, todayUtc } from './dates.ts';
export { PLAN_IDS, BILLING_CYCLES, type PlanId, type Billing } from './schemas/plan.ts';
export { MODEL_IDS, RESOLUTIONS, METHODS, AGENTS, type ModelId, type Resolution, type Method, type Agent } from './schemas/model.ts';
export { STATUSES, type Status } from './schemas/note.ts';
export type { ResolvedQuery } from './decision-table.ts';
