import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serveDist, testPort } from './harness.ts';

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

describe('TEST_PORT', () => {
	it.each([
		{ value: undefined, port: 0 },
		{ value: '', port: 0 },
		{ value: '4700', port: 4700 },
		{ value: '65535', port: 65535 },
	])('$value → port $port', ({ value, port }) => {
		expect(testPort(value)).toBe(port);
	});

	it.each(['abc', '0', '65536', '47.5', '-1'])('refuses %j, naming the variable', (value) => {
		expect(() => testPort(value)).toThrow(`TEST_PORT: "${value}" is not a port number`);
	});

	const saved = process.env.TEST_PORT;
	afterEach(() => {
		if (saved === undefined) delete process.env.TEST_PORT;
		else process.env.TEST_PORT = saved;
	});

	it('is the port the test server listens on', async () => {
		// The operator's TEST_PORT when given; otherwise a port the system says is free, released before the server takes
		// it.
		const port = saved ? Number(saved) : await freePort();
		process.env.TEST_PORT = String(port);
		const { origin, close } = await serveDist();
		try {
			expect(origin).toBe(`http://127.0.0.1:${port}`);
		} finally {
			await close();
		}
	});
});

describe('the test server', () => {
	const saved = process.env.NGINX_PATH;
	afterEach(() => {
		if (saved === undefined) delete process.env.NGINX_PATH;
		else process.env.NGINX_PATH = saved;
	});

	it('says what to install when nginx is missing', async () => {
		process.env.NGINX_PATH = '/nonexistent/nginx';
		await expect(serveDist()).rejects.toThrow(
			'nginx not found at /nonexistent/nginx: run "sudo apt-get install -y nginx"',
		);
	});

	it('names the port when it is taken', async () => {
		const taken = await freePort();
		const holder = createServer();
		await new Promise<void>((resolve) => holder.listen(taken, '127.0.0.1', resolve));
		try {
			await expect(serveDist('dist', taken)).rejects.toThrow(`127.0.0.1:${taken}`);
		} finally {
			await new Promise((resolve) => holder.close(resolve));
		}
	});
});
