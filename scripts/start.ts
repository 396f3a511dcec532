// npm start [-- --port N] [-- --host]: serves the built site. Through nginx with the generated server block (as it is
// deployed: headers, redirects, 404) when nginx is installed, else with `astro preview`. Prints the address either way.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { nginxPath, startNginx } from './nginx-serve.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = at >= 0 ? Number(args[at + 1]) : 4321;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
	console.error(`--port: "${args[at + 1] ?? ''}" is not a port number (an integer from 1 to 65535)`);
	process.exit(1);
}
const everywhere = args.includes('--host');

if (!existsSync(nginxPath())) {
	console.error(
		`nginx not found at ${nginxPath()}: serving with astro preview instead ` +
			'(no headers; "apt-get install -y nginx" to serve as deployed)',
	);
	const preview = spawn('astro', ['preview', ...args], { stdio: 'inherit' });
	preview.on('exit', (code) => process.exit(code ?? 0));
} else {
	try {
		const server = await startNginx({ port, host: everywhere ? '0.0.0.0' : '127.0.0.1' });
		console.log(`nginx serving dist/ with deploy headers (src/lib/site-headers.ts); Ctrl+C to stop`);
		console.log(`  Local    http://localhost:${port}/docs`);
		if (everywhere)
			for (const address of Object.values(networkInterfaces()).flat())
				if (address && address.family === 'IPv4' && !address.internal)
					console.log(`  Network  http://${address.address}:${port}/docs`);
		for (const signal of ['SIGINT', 'SIGTERM'] as const)
			process.once(signal, () => void server.stop().then(() => process.exit(0)));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
