import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import type { AppConfig } from '../../src/config';
import type { Database } from '../../src/db/client';
import type { Mail, Mailer } from '../../src/lib/mailer';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';
import { openTestDatabase } from './database';

export const testConfig: AppConfig = {
  port: 0,
  host: '127.0.0.1',
  dataDir: '/nonexistent',
  sessionSecret: 'test-secret-that-is-long-enough-for-hmac-use',
  production: false,
  demoData: false,
  publicUrl: 'http://mic.test',
  logLevel: 'silent',
  // Tests write fixtures straight to the database (no audit entry), which the read cache would not
  // see; it is tested on its own (test/health/read-cache.test.ts) and is on in the browser journeys.
  readCacheEntries: 0,
};

/** A mailer that keeps what it was asked to send. */
export function recordingMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return { enabled: true, sent, send: async (mail) => void sent.push(mail) };
}

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  db: Database['db'];
  programmeId: string;
  mailer: ReturnType<typeof recordingMailer>;
  close(): Promise<void>;
}

/** One app on one fresh database, as a test file's `beforeAll` builds it. */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  options: { mailer?: Mailer; clock?: () => Date; wallClock?: () => Date } = {},
): Promise<TestContext> {
  const database = await openTestDatabase();
  const programmeId = await ensureProgramme(database.db);
  const mailer = recordingMailer();
  const app = await buildApp({ config: { ...testConfig, ...overrides }, database, mailer: options.mailer ?? mailer, clock: options.clock, wallClock: options.wallClock, webDist: null });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    programmeId,
    mailer,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: carries the session cookie and the CSRF token on every request. */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string | null,
    readonly csrfToken: string | null,
    readonly headers: Record<string, string> = {},
  ) {}

  request(opts: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...this.headers, ...(opts.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && opts.method && opts.method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    return this.app.inject({ ...opts, headers });
  }
  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, payload: payload as never });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as never });
  }
  patch(url: string, payload?: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as never });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
  /** The same user, asking in another language. */
  withLanguage(acceptLanguage: string) {
    return new Client(this.app, this.cookie, this.csrfToken, { ...this.headers, 'accept-language': acceptLanguage });
  }
}

export function anonymous(app: FastifyInstance) {
  return new Client(app, null, null);
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mic_session');
  return new Client(app, `mic_session=${cookie!.value}`, res.json().csrfToken);
}
