import { decisionData } from './data.ts';
import { noteData } from './note-data.ts';
import { decide, type Decision, type Verdict, type VerdictNote } from './evaluate.ts';
import { sourceHref } from './links.ts';
import type { ResolvedQuery } from './decision-table.ts';

const kinds = new Map(decisionData.models.map((m) => [m.id, m.kind]));
const notes = noteData.map((n) => ({ ...n, href: sourceHref(n.source) }));

/** The caveats of notes.json whose conditions hold for this decision (an absent condition always holds). */
export function notesFor(d: Decision): VerdictNote[] {
	const q = d.query;
	const kind = kinds.get(q.model)!;
	return notes
		.filter(({ when }) =>
			(!when.models || when.models.includes(q.model)) &&
			(!when.kinds || when.kinds.includes(kind)) &&
			(!when.agents || (q.agent !== undefined && when.agents.includes(q.agent))) &&
			(!when.statuses || when.statuses.includes(d.status)))
		.map((n) => ({ id: n.id, text: n.text, href: n.href }));
}

/** The full verdict for a resolved query: `decide`, plus the notes that apply. */
export function evaluate(q: ResolvedQuery, decisionTable?: Parameters<typeof decide>[1]): Verdict {
	const decision = decide(q, decisionTable);
	return { ...decision, notes: notesFor(decision) };
}
