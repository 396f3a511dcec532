// Serves a built site through Debian's nginx with the generated server block (src/lib/nginx-conf.ts): the browser
// tests' server and `npm start`'s. nginx runs in the foreground with its own prefix, config, pid file and logs in a
// temporary folder, and stops with the returned `stop`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtHeaderPolicy } from '../src/lib/site-headers.ts';
import { nginxServer } from '../src/lib/nginx-conf.ts';

/** Debian's nginx, or `NGINX_PATH`. */
export const nginxPath = () => process.env.NGINX_PATH || '/usr/sbin/nginx';

/** What to run when nginx is missing (as `scripts/ensure-chromium.sh` says for Chromium). */
const installNginx = () =>
	`nginx not found at ${nginxPath()}: run "sudo apt-get install -y nginx" or set NGINX_PATH ` +
	'(npm test installs it when run as root: scripts/ensure-nginx.sh)';

/** A running nginx: its origin (`http://127.0.0.1:PORT`) and how to stop it (resolves once the port is free). */
export interface NginxServer {
	origin: string;
	stop(): Promise<void>;
}

/**
 * `port` if it is free now, or (for 0) a port the system says is free, bound and released for nginx to take. Throws,
 * naming the address, when `port` is taken (else the readiness check would find the other server listening).
 */
async function freePort(host: string, port: number): Promise<number> {
	const probe = createServer();
	await new Promise<void>((ok, fail) => {
		probe.once('error', (e: NodeJS.ErrnoException) => {
			const why = e.code === 'EADDRINUSE' ? 'the port is taken' : e.message;
			fail(new Error(`cannot serve on ${host}:${port}: ${why}`));
		});
		probe.listen(port, host, ok);
	});
	const { port: bound } = probe.address() as { port: number };
	await new Promise((ok) => probe.close(ok));
	return bound;
}

/** Resolves once something accepts connections on `host:port`, rejects when `child` exits first. */
function listening(child: ChildProcess, host: string, port: number, log: () => string): Promise<void> {
	return new Promise((ok, fail) => {
		let done = false;
		child.once('exit', (code) => {
			if (!done) fail(new Error(`nginx exited (code ${code}) before listening on ${host}:${port}: ${log().trim()}`));
			done = true;
		});
		const attempt = () => {
			if (done) return;
			const socket = connect(port, host);
			socket.once('connect', () => {
				socket.destroy();
				if (!done) ok();
				done = true;
			});
			socket.once('error', () => {
				socket.destroy();
				setImmediate(attempt);
			});
		};
		attempt();
	});
}

/**
 * Starts nginx serving `dist` under `/docs` on `host` (default 127.0.0.1) and `port` (0: a free one). Throws, saying
 * what to install, when nginx is missing; rejects, with nginx's error (e.g. the port is taken), when it cannot start.
 */
export async function startNginx({
	dist = 'dist',
	port = 0,
	host = '127.0.0.1',
}: { dist?: string; port?: number; host?: string } = {}): Promise<NginxServer> {
	if (!existsSync(nginxPath())) throw new Error(installNginx());
	const chosen = await freePort(host, port);
	const prefix = mkdtempSync(join(tmpdir(), 'carat-nginx-'));
	symlinkSync(resolve(dist), join(prefix, 'docs'));
	const listen = `${host.includes(':') ? `[${host}]` : host}:${chosen}`;
	const conf = [
		// As root, nginx's workers would run as nobody, who may not read a checkout under /root or this 0700 folder.
		...(process.getuid?.() === 0 ? ['user root;'] : []),
		'daemon off;',
		'worker_processes 1;',
		`pid ${prefix}/nginx.pid;`,
		`error_log ${prefix}/error.log warn;`,
		'events { worker_connections 256; }',
		'http {',
		`\taccess_log off;`,
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `\t${t}_temp_path ${prefix}/${t};`),
		nginxServer({ listen, root: prefix, csp: builtHeaderPolicy(dist) }).replace(/^/gm, '\t'),
		'}',
		'',
	].join('\n');
	writeFileSync(join(prefix, 'nginx.conf'), conf);
	const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
	const child = spawn(nginxPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	const log = () => {
		const file = join(prefix, 'error.log');
		return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
	};
	const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
	// nginx outlives a Node process that dies without calling stop (a crashed test worker): stop it then too.
	const orphan = () => child.kill('SIGQUIT');
	process.once('exit', orphan);
	try {
		await listening(child, host, chosen, log);
	} catch (error) {
		child.kill('SIGQUIT');
		process.off('exit', orphan);
		rmSync(prefix, { recursive: true, force: true });
		throw error;
	}
	return {
		origin: `http://${host.includes(':') ? `[${host}]` : host}:${chosen}`,
		async stop() {
			// SIGQUIT: graceful shutdown; nginx closes its listening socket before it exits.
			if (child.exitCode === null) child.kill('SIGQUIT');
			await exited;
			process.off('exit', orphan);
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
