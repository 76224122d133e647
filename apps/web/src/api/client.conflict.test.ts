import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, isVersionConflict } from './client';

afterEach(() => vi.unstubAllGlobals());

const problem = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json; charset=utf-8' } });

async function failureOf(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => problem(status, body)));
  return api.put('/api/partnerships/p1/risks/r1', { version: 3 }).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('a save on a version someone else has changed', () => {
  it('is a version conflict that names the current version', async () => {
    const e = await failureOf(409, { code: 'CONFLICT', detail: 'Someone else changed this.', errors: [{ code: 'CONFLICT', field: 'version', message: '…' }], currentVersion: 4 });
    expect(isVersionConflict(e)).toBe(true);
    expect((e as { currentVersion?: number }).currentVersion).toBe(4);
  });

  it('is also a workflow refusal that names the current version', async () => {
    const e = await failureOf(409, { code: 'INVALID_TRANSITION', detail: 'No longer possible.', errors: [], currentVersion: 5 });
    expect(isVersionConflict(e)).toBe(true);
  });

  it('is not another 409, such as a duplicate name', async () => {
    const e = await failureOf(409, { code: 'CONFLICT', detail: 'Already registered.', errors: [{ code: 'MUNICIPALITY_DUPLICATE', field: 'name', message: '…' }] });
    expect(isVersionConflict(e)).toBe(false);
  });
});
