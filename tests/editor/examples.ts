// Three promotion changes (the README's editor section walks two of them), as edits of the rule data files. Tests
// apply them to copies of the data only: the site's own rules stay what the seeds say.

type Json = Record<string, any>;
/** Parsed rule data files by name, as in content/rules/. */
export type RuleFiles = Record<'plans.json' | 'models.json' | 'grants.json' | 'credits.json' | 'notes.json', Json>;

export interface EditorExample {
	name: string;
	edit: (files: RuleFiles) => void;
}

const grant = (f: RuleFiles, id: string) => f['grants.json'].grants.find((g: Json) => g.id === id);

export const EXAMPLES: EditorExample[] = [
	{
		name: 'Z Image stops being unlimited for signups from Dec 1, 2026',
		edit: (f) => {
			grant(f, 'z-image-from-2025-12-17').joined.through = '2026-11-30';
		},
	},
	{
		name: 'Nanobanana 2 1K is confirmed for Premium annual signups from Jun 1, 2026',
		edit: (f) => {
			const unpublished = grant(f, 'nanobanana-2-1k-annual-unpublished-dates');
			unpublished.plans = unpublished.plans.filter((p: string) => p !== 'premium');
			const max = grant(f, 'nanobanana-2-1k-max-annual-from-2026-05-22');
			f['grants.json'].grants.splice(f['grants.json'].grants.indexOf(max) + 1, 0, {
				...structuredClone(max),
				id: 'nanobanana-2-1k-premium-annual-from-2026-06-01',
				plans: ['premium'],
				joined: { from: '2026-06-01' },
			});
		},
	},
	{
		name: 'A new model Imagen 4, unlimited for Pro',
		edit: (f) => {
			const models = f['models.json'].models;
			const midjourney = models.find((m: Json) => m.id === 'midjourney');
			models.splice(models.indexOf(midjourney) + 1, 0, {
				id: 'imagen-4',
				name: 'Imagen 4',
				kind: 'image',
				default: structuredClone(midjourney.default),
			});
			f['grants.json'].grants.push({
				id: 'imagen-4-pro',
				model: 'imagen-4',
				result: 'unlimited',
				plans: ['pro'],
				basis: 'stated',
				source: { article: 'troubleshooting/usage-plan/unlimited-benefit-scope', anchor: 'unlimited-image-models' },
				reference: 'https://carat.im/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope',
				checked: '2026-11-22',
			});
		},
	},
];
