import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { testConfig } from '../helpers/app';
import { openTestDatabase } from '../helpers/database';

describe('health and logs', () => {
  it('answers 200 while the database answers and 503 once it does not', async () => {
    const database = await openTestDatabase();
    const app = await buildApp({ config: testConfig, database, webDist: null });
    try {
      const up = await app.inject({ method: 'GET', url: '/healthz' });
      expect(up.statusCode).toBe(200);
      expect(up.json()).toMatchObject({ status: 'ok' });
      await database.close();
      const down = await app.inject({ method: 'GET', url: '/healthz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      await app.close();
    }
  });

  it('writes JSON log lines that carry the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const database = await openTestDatabase();
    const app = await buildApp({ config: testConfig, database, webDist: null, logger: { level: 'info', stream } });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/nothing', headers: { 'x-request-id': 'trace-42' } });
      expect(res.statusCode).toBe(404);
      const ofRequest = lines.filter((l) => l.reqId === 'trace-42');
      expect(ofRequest.map((l) => l.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
      expect(lines.filter((l) => 'req' in l || 'res' in l).every((l) => typeof l.reqId === 'string')).toBe(true);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
