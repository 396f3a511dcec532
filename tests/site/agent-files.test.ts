import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { toolListings } from '../../src/agents/input-schemas.ts';

// What the build writes for agents: the tool listing, and the WebMCP module as one file outside the islands' chunks.

const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const astroFiles = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));

describe('agent files in dist/', () => {
	it('agent-tools.json lists the rule tools with the JSON Schemas generated from the zod schemas', () => {
		expect(JSON.parse(read('agent-tools.json'))).toEqual({ tools: toolListings() });
	});

	it('agents/webmcp.js is self-contained: no import of another file, no zod, the schemas inlined', () => {
		const code = read('agents/webmcp.js');
		expect(code.match(/\bimport\s*[("'{*]|\bfrom\s*["']/g)).toBeNull();
		expect(code).not.toMatch(/\$Zod|zod/i);
		expect(code).toContain('"check_eligibility"');
	});

	it.each(astroFiles)('_astro/%s does not import the WebMCP module statically', (file) => {
		const code = read(`_astro/${file}`);
		expect(code.match(/(?:from|import)\s*["'][^"']*webmcp[^"']*["']/g)).toBeNull();
		expect(code.includes('registerRuleTools') ? file.startsWith('detect.') : true).toBe(true);
	});
});
