import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setCsrfToken, setRequestLanguage, withQuery } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('api client', () => {
  it('leaves empty query values out', () => {
    expect(withQuery('/api/partnerships', { search: '', page: 2, status: undefined, year: null })).toBe('/api/partnerships?page=2');
  });

  it('sends the CSRF token and language on changes, not on reads', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('token-1');
    setRequestLanguage('nb');
    await api.get('/api/programme');
    await api.put('/api/programme', { a: 1 });
    const [, read] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const [, write] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect((read.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((write.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
    expect((write.headers as Record<string, string>)['accept-language']).toBe('nb');
    expect(write.credentials).toBe('same-origin');
  });

  it('turns a problem into an ApiError with its code, detail and field errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(
          422,
          { code: 'PURPOSE_LIMIT_EXCEEDED', detail: 'At most 2.', errors: [{ code: 'PURPOSE_LIMIT_EXCEEDED', field: 'purposes', message: 'At most 2.' }] },
          'application/problem+json; charset=utf-8',
        ),
      ),
    );
    const error = (await api.post('/api/partnerships', {}).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.code).toBe('PURPOSE_LIMIT_EXCEEDED');
    expect(error.detail).toBe('At most 2.');
    expect(error.errors[0]?.field).toBe('purposes');
  });

  it('fetches a fresh CSRF token once and retries when the server says it is stale', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(403, { code: 'CSRF_TOKEN_INVALID', detail: 'stale' }, 'application/problem+json'))
      .mockResolvedValueOnce(json(200, { user: null, csrfToken: 'fresh' }))
      .mockResolvedValueOnce(json(200, { done: true }));
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('old');
    await expect(api.post('/api/auth/logout')).resolves.toEqual({ done: true });
    const [, retry] = fetch.mock.calls[2] as [string, RequestInit];
    expect((retry.headers as Record<string, string>)['x-csrf-token']).toBe('fresh');
  });
});
