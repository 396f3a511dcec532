// `astro build` that also fails when Astro or Vite logs a warning: `npm test` (and so CI) builds with it, so a new
// warning is fixed or silenced with a reason (see astro.config.mjs) instead of scrolling by. Extra arguments go to
// `astro build`. Output is passed through unchanged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const require = createRequire(import.meta.url);
const astroPackage = require.resolve('astro/package.json');
const astroBin = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);

const warnings: string[] = [];
const child = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
	stdio: ['inherit', 'pipe', 'pipe'],
});
for (const [stream, out] of [
	[child.stdout, process.stdout],
	[child.stderr, process.stderr],
] as const) {
	createInterface({ input: stream }).on('line', (line) => {
		out.write(`${line}\n`);
		const text = stripVTControlCharacters(line);
		// A page not translated yet builds (Starlight's fallback): its warning names the file to write, and passes.
		if (/\[WARN\]/.test(text) && !/\[carat-help:translations\]/.test(text)) warnings.push(text.trim());
	});
}
child.on('close', (code, signal) => {
	if (code !== 0) process.exit(code ?? 1);
	if (warnings.length) {
		console.error(
			`\nastro build logged ${warnings.length} warning(s); fix each, or silence a harmless one in astro.config.mjs with a one-line reason:`,
		);
		for (const w of warnings) console.error(`  ${w}`);
		process.exit(1);
	}
	if (signal) process.exit(1);
});
