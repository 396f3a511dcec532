import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary git repository holding a copy of `content/` in one commit, as an editor's clone before a change: the
 * editor's commands compare their working tree with its `HEAD`. Returns its folder; the caller removes it.
 */
export function gitCopyOfContent(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	cpSync('content', join(dir, 'content'), { recursive: true });
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
	git('init', '-q');
	git('add', '.');
	git('commit', '-qm', 'rules');
	return dir;
}
