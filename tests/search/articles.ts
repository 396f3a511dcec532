import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of every article of a language (`content/docs/<lang>/**.mdx`), joined. */
export function articlesText(lang: 'en' | 'ko'): string {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true }))
			if (e.isDirectory()) walk(join(dir, e.name));
			else if (/\.mdx?$/.test(e.name)) files.push(join(dir, e.name));
	};
	walk(join('content/docs', lang));
	return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}
