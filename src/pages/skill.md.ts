import type { APIRoute } from 'astro';
import { buildSkill } from '../lib/skill-md.ts';

// The Agent Skill in English (src/lib/skill-md.ts); the Korean one is at /docs/ko/skill.md.
export const GET: APIRoute = () =>
	new Response(buildSkill(), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
