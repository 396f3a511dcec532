// The zod-free part of the rule set: what the widgets may use in the browser. The zod-validated API (index.ts)
// is the same engine behind its schemas; `inputProblems` makes the same checks without zod. The islands import these
// modules one by one (so Vite can split checker from estimator code); tests/rules/browser-bundle.test.ts keeps zod
// and the data validator out of them, and the bench prints their size.
export { decide, resolveQuery, type Decision, type ValidQuery } from './decide.ts';
export { evaluate, explain, type Verdict, type Explanation } from './verdict.ts';
export { benefitsFor, BENEFIT_GROUPS, type Benefits, type Benefit } from './benefits.ts';
export { unlockOptionsFor, type UnlockOption } from './unlock.ts';
export { estimateFor, type Estimate, type ValidEstimateInput } from './estimate.ts';
export { inputProblems, type InputProblem } from './input-checks.ts';
export { monthlyCredits } from './costs.ts';
export { rules } from './committed.ts';
export { today, isCalendarDate } from './calendar.ts';
export { formatDate, planName, modelName, optionName, statusLabel } from './words.ts';
