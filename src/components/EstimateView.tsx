import type { Pair } from './choices.ts';
import type { EstimatorAnswer } from './estimator-answer.ts';
import type { UiStrings } from './ui-strings.ts';
import { CopyLink, Rich } from './fields.tsx';
import { SPARKLE_PATHS } from '../lib/sparkle-icon.ts';

// The estimate as a table, loaded with the rule engine (CreditEstimatorIsland.tsx `engineOf`): there is no estimate
// to show before the engine has made one, so its view is no part of the page's first download.

/** The app's ✨ button as an SVG (see `SPARKLE_PATHS`). Decorative: the words beside it name the button. */
const Sparkle = () => (
	<svg
		class="carat-icon"
		aria-hidden="true"
		viewBox="0 0 24 24"
		width="1em"
		height="1em"
		fill="none"
		stroke="currentColor"
		stroke-width="2"
		stroke-linecap="round"
		stroke-linejoin="round"
	>
		{SPARKLE_PATHS.map((d) => (
			<path key={d} d={d} />
		))}
	</svg>
);

/** The estimate of a complete form: the priced lines, the total, what the balance buys, Copy link. */
export function EstimateView({
	answer,
	names,
	ui,
}: {
	answer: Extract<EstimatorAnswer, { kind: 'estimate' }>;
	names: Pair[];
	ui: UiStrings;
}) {
	const e = answer.estimate;
	const name = (model: string) => names.find(([m]) => m === model)?.[1] ?? model;
	const fmt = (n: number) => n.toLocaleString(ui.numberLocale);
	const about = (approximate: boolean) => (approximate ? `${ui.about} ` : '');
	return (
		<div class="cw-estimate">
			<div class="cw-head">
				<h2 class="cw-h">{ui.estimateHeading}</h2>
				<CopyLink ui={ui} />
			</div>
			{/* Focusable, so that a keyboard can scroll the table where it is wider than the screen. */}
			<div class="cw-scroll" tabIndex={0} role="region" aria-label={ui.tableCaption}>
				<table>
					<caption class="sr-only">{ui.tableCaption}</caption>
					<thead>
						<tr>
							{ui.tableHeaders.map((h) => (
								<th scope="col" key={h}>
									{h}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{e.lines.map((l, i) => {
							const why = answer.whyHref(i);
							return (
								<tr key={i}>
									<th scope="row">{name(l.model)}</th>
									<td>
										{l.costFrom === 'unlimited' && (
											<>
												{fmt(l.count)} × 0: {ui.unlimitedForYou}
												{why && (
													<>
														{' '}
														(<a href={why}>{ui.why}</a>)
													</>
												)}
											</>
										)}
										{l.costFrom === 'published' && (
											<>
												{fmt(l.count)} × {about(l.approximate)}
												{fmt(l.creditsEach as number)}
											</>
										)}
										{l.costFrom === 'entered' && (
											<>
												{fmt(l.count)} × {fmt(l.creditsEach as number)} {ui.costEntered}
											</>
										)}
										{l.costFrom === 'unknown' && l.verdict.status !== 'unsupported' && ui.unknownCost}
										{l.verdict.status === 'unsupported' && <>{answer.unsupported}</>}
									</td>
									<td>{l.subtotal === 'unknown' ? ui.unknown : fmt(l.subtotal)}</td>
								</tr>
							);
						})}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row">{ui.total}</th>
							<td></td>
							<td>
								{about(e.approximate)}
								{fmt(e.total)}
							</td>
						</tr>
					</tfoot>
				</table>
			</div>
			{e.unpriced.length > 0 && (
				<p>
					{ui.notPriced} {e.unpriced.map(name).join(', ')}. {ui.notPricedAfter}
				</p>
			)}
			{answer.affordable.length > 0 && (
				<ul class="cw-buys">
					{answer.affordable.map((a, i) => (
						<li key={i}>{a}</li>
					))}
				</ul>
			)}
			{e.lines.some((l) => l.costFrom === 'unknown' && l.verdict.status !== 'unsupported') && (
				<p class="cw-hint">
					<Rich text={ui.unknownCostHow} icon={<Sparkle />} />
				</p>
			)}
		</div>
	);
}
