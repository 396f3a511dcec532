// What the widgets import: the zod-free core of the rule set. The zod-validated API (`index.ts`) is the same
// engine behind `EligibilityQuery` / `EstimateInput`; here `inputProblems` makes the same checks, so the
// browser downloads no zod. The bench prints the gzip size of this entry.
export { decide, resolveQuery, type Decision, type Verdict, type ValidQuery } from './evaluate.ts';
export { evaluate } from './verdict.ts';
export { unlockOptionsFor, type UnlockOption } from './unlock.ts';
export { estimateFor, type Estimate, type ValidEstimateInput } from './estimate.ts';
export { inputProblems, type InputProblem } from './input-checks.ts';
export { monthlyCredits } from './costs.ts';
export { decisionData } from './data.ts';
export { formatDate, todayUtc, isCalendarDate } from './dates.ts';
export { planName, modelName, methodName, statusLabel } from './wording.ts';
export * from './vocabulary.ts';
