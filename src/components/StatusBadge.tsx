import type { Status } from '../rules/vocabulary.ts';

// The icon repeats the status word beside it, so it is hidden from screen readers and never the only signal.
const ICONS: Record<Status, string> = {
	unlimited: 'M5 12.5l4.5 4.5L19 7.5',
	credits: 'M12 4v16M8 8h6a3 3 0 010 6H9a3 3 0 000 6h7',
	confirm: 'M9 9a3 3 0 116 0c0 2-3 2.5-3 5M12 18.5v.5',
	unsupported: 'M6 6l12 12M12 3a9 9 0 100 18 9 9 0 000-18',
};

/** An icon for a verdict status, decorative (`aria-hidden`). */
export function StatusBadge({ status }: { status: Status }) {
	return (
		<svg class="cw-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
			<path d={ICONS[status]} fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
		</svg>
	);
}
