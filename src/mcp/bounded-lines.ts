import { Transform } from 'node:stream';

/** The largest JSON-RPC message the server reads, in bytes (4 MB); a search query is at most 500 characters. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

/** A JSON-RPC id written at the start or the end of a message's text (`"id":5`), or `undefined`. */
export function idOf(head: string, tail: string): string | number | undefined {
	const id =
		/^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,100}"|-?\d{1,15})/.exec(head)?.[1] ??
		/"id"\s*:\s*("(?:[^"\\]|\\.){0,100}"|-?\d{1,15})\s*\}\s*$/.exec(tail)?.[1];
	return id === undefined ? undefined : JSON.parse(id);
}

/**
 * Newline-delimited messages (MCP's stdio framing) with every line over `max` bytes left out: such a line is never
 * held whole (only its first and last 200 bytes, for its id), and `onTooLarge` gets its JSON-RPC id (or `undefined`)
 * and its size. Complete lines pass through unchanged, in order, each as one chunk: the SDK's reader copies its whole
 * buffer on every chunk it gets, so an 8 MB line read in small chunks cost 16 s while every other call waited.
 */
export function boundedLines(
	max: number,
	onTooLarge: (id: string | number | undefined, bytes: number) => void,
): Transform {
	let parts: Buffer[] = [];
	let size = 0;
	let head = '';
	let tail = Buffer.alloc(0);
	return new Transform({
		transform(chunk: Buffer, _encoding, done) {
			for (let start = 0; start < chunk.length;) {
				const newline = chunk.indexOf(10, start);
				const end = newline === -1 ? chunk.length : newline + 1;
				const piece = chunk.subarray(start, end);
				start = end;
				size += piece.length;
				if (size <= max) parts.push(piece);
				else {
					if (parts.length) head = Buffer.concat(parts).subarray(0, 200).toString('utf8');
					parts = [];
					tail = Buffer.concat([tail, piece]).subarray(-200);
				}
				if (newline === -1) continue;
				if (size <= max) this.push(Buffer.concat(parts));
				else onTooLarge(idOf(head, tail.toString('utf8')), size);
				[parts, size, head, tail] = [[], 0, '', Buffer.alloc(0)];
			}
			done();
		},
	});
}
