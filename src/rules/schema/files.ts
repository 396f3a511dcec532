/** The rule data files under `content/rules/`, in the order they are read and reported. */
export const RULE_FILE_NAMES = ['plans.json', 'models.json', 'grants.json', 'credits.json', 'notes.json'] as const;
export type RuleFileName = (typeof RULE_FILE_NAMES)[number];
