/**
 * The transport floor: bare `node:http` answering fixed JSON of exactly N bytes for `GET /bytes/N`, so each
 * endpoint is compared with the cheapest possible server sending a body of its size. Bodies are built once
 * per size and cached. Env: PORT.
 */
import { createServer } from 'node:http';

const MAX_BYTES = 64 * 1024 * 1024;
const bodies = new Map<number, Buffer>();

/** `{"pad":"xxx…"}` padded to `size` bytes (a smaller size gets as much of it as fits). */
function bodyOf(size: number): Buffer {
  let body = bodies.get(size);
  if (!body) {
    const shell = '{"pad":""}';
    const text = size >= shell.length ? `{"pad":"${'x'.repeat(size - shell.length)}"}` : shell.slice(0, size);
    body = Buffer.from(text);
    bodies.set(size, body);
  }
  return body;
}

const server = createServer((request, response) => {
  const match = /^\/bytes\/(\d+)$/.exec(request.url ?? '');
  const size = match ? Number(match[1]) : NaN;
  if (!(size >= 0 && size <= MAX_BYTES)) {
    response.writeHead(404).end();
    return;
  }
  const body = bodyOf(size);
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  response.end(body);
});

// Keep-alive like Fastify's default, so both floors reuse connections the same way.
server.keepAliveTimeout = 72_000;
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
server.listen(Number(process.env.PORT ?? 4702), '127.0.0.1');
