// npm run bench:scale [-- --n 1000 --rounds 2 --keep]: builds a temporary copy of the site holding N generated articles
// with our configuration and with stock Starlight's, over the same content and the same installed packages, the two
// interleaved round after round, each build cold. Prints seconds (wall clock, and CPU time of the build's processes,
// which other work on a shared machine disturbs less), seconds per article, dist/ size and the largest page for both,
// and ours/stock. Asserts nothing: targets are ≤ 1.3× build time and ≤ 1.2× dist size per article.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cleanBuild, makeWorkspace } from './bench-scale/workspace.ts';
import { timeBuild, type BuildFigures } from './bench-scale/measure.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		rounds: { type: 'string', default: '2' },
		keep: { type: 'boolean', default: false },
	},
});
const n = Number(values.n);
const rounds = Number(values.rounds);
if (!Number.isInteger(n) || n < 2) throw new Error(`--n: "${values.n}" is not a whole number of articles ≥ 2`);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: "${values.rounds}" is not a whole number ≥ 1`);

const ws = makeWorkspace(process.cwd(), n);
console.log(
	`bench:scale: ${n} generated articles in ${ws.root}, ${rounds} round(s), ours and stock interleaved, every build cold`,
);
const runs: Record<'ours' | 'stock', BuildFigures[]> = { ours: [], stock: [] };
try {
	for (let round = 1; round <= rounds; round++)
		for (const variant of ['ours', 'stock'] as const) {
			cleanBuild(ws[variant]);
			const figures = timeBuild(ws[variant]);
			runs[variant].push(figures);
			const cpu = figures.cpuSeconds === undefined ? '' : `   CPU ${figures.cpuSeconds.toFixed(1).padStart(6)} s`;
			console.log(
				`round ${round} ${variant.padEnd(5)} ${figures.seconds.toFixed(1).padStart(6)} s${cpu}   dist ${mb(figures.distBytes)}`,
			);
		}
} finally {
	if (!values.keep) rmSync(ws.root, { recursive: true, force: true });
}

function mb(bytes: number) {
	return `${(bytes / 1e6).toFixed(1)} MB`;
}
const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
};
const cpuMedian = (figures: BuildFigures[]) =>
	figures.every((f) => f.cpuSeconds !== undefined) ? median(figures.map((f) => f.cpuSeconds!)) : undefined;
const summary = (figures: BuildFigures[]) => ({
	...figures.at(-1)!,
	seconds: median(figures.map((f) => f.seconds)),
	cpuSeconds: cpuMedian(figures),
});
const ours = summary(runs.ours);
const stock = summary(runs.stock);
const pages = n; // per generated article: the few real articles are the same in both builds
const row = (label: string, a: string, b: string, ratio = '') =>
	console.log(`${label.padEnd(22)}${a.padStart(22)}${b.padStart(22)}${ratio.padStart(24)}`);
console.log('');
row('', 'ours', 'stock', 'ours / stock');
row(
	'build, median',
	`${ours.seconds.toFixed(1)} s`,
	`${stock.seconds.toFixed(1)} s`,
	`${(ours.seconds / stock.seconds).toFixed(2)}× (target ≤ 1.3×)`,
);
row(
	'build per article',
	`${((ours.seconds / pages) * 1000).toFixed(1)} ms`,
	`${((stock.seconds / pages) * 1000).toFixed(1)} ms`,
);
if (ours.cpuSeconds !== undefined && stock.cpuSeconds !== undefined)
	row(
		'CPU (user+sys), median',
		`${ours.cpuSeconds.toFixed(1)} s`,
		`${stock.cpuSeconds.toFixed(1)} s`,
		`${(ours.cpuSeconds / stock.cpuSeconds).toFixed(2)}×`,
	);
row(
	'dist/',
	mb(ours.distBytes),
	mb(stock.distBytes),
	`${(ours.distBytes / stock.distBytes).toFixed(2)}× (target ≤ 1.2×)`,
);
row(
	'dist/ per article',
	`${(ours.distBytes / pages / 1024).toFixed(1)} KB`,
	`${(stock.distBytes / pages / 1024).toFixed(1)} KB`,
);
row(
	'largest page',
	`${(ours.largestPage.bytes / 1024).toFixed(1)} KB`,
	`${(stock.largestPage.bytes / 1024).toFixed(1)} KB`,
	`${(ours.largestPage.bytes / stock.largestPage.bytes).toFixed(2)}×`,
);
console.log(`largest pages: ours ${ours.largestPage.path}, stock ${stock.largestPage.path}`);
