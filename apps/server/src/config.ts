import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent means the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  sessionSecret: string;
  production: boolean;
  demoData: boolean;
  /** Public base URL used in invitation links. */
  publicUrl: string;
  smtp?: SmtpConfig;
  logLevel: string;
  /** The built web app to serve; defaults to apps/web/dist. */
  webDist?: string;
  /** Minutes between reminder runs (REMINDER_INTERVAL_MINUTES, default 15); 0 turns reminders off. */
  reminderIntervalMinutes?: number;
  /** The largest document upload in bytes (DOCUMENT_MAX_MB, default 25 MB). */
  documentMaxBytes?: number;
  /** Anonymous public requests per client address and minute (PUBLIC_RATE_LIMIT_PER_MINUTE, default 300); 0 turns the limit off. */
  publicRateLimitPerMinute?: number;
  /** Answers the read cache keeps (READ_CACHE_ENTRIES, default 2000); 0 turns it off. */
  readCacheEntries?: number;
  /** Minutes a session lasts without being used (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes?: number;
  /** Hours a session lasts at most, used or not (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours?: number;
  /** Served only over HTTPS (HTTPS_ONLY=true, always so in production): Secure cookies and HSTS. */
  httpsOnly?: boolean;
  /**
   * The reverse proxies whose X-Forwarded-For is believed, as addresses, subnets or the names
   * loopback, linklocal, uniquelocal (TRUST_PROXY; in production by default the proxies on this host
   * and the private network, else none). The client address (sign-in lockout, rate limits) is then
   * the one the nearest trusted proxy saw, never what a client wrote into the header itself.
   */
  trustProxy?: string;
}

export class ConfigError extends Error {}

/** Reads the configuration from environment variables (all listed in README.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || undefined;
  let sessionSecret = env.SESSION_SECRET;
  if (!sessionSecret) {
    if (production) throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production');
    sessionSecret = readOrCreateSecret(dataDir);
  }
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  const reminderIntervalMinutes = Number(env.REMINDER_INTERVAL_MINUTES || 15);
  if (!Number.isFinite(reminderIntervalMinutes) || reminderIntervalMinutes < 0 || reminderIntervalMinutes > 1440) {
    throw new ConfigError(`REMINDER_INTERVAL_MINUTES must be a number of minutes from 0 to 1440, got "${env.REMINDER_INTERVAL_MINUTES}"`);
  }
  const documentMaxMb = Number(env.DOCUMENT_MAX_MB || 25);
  if (!Number.isFinite(documentMaxMb) || documentMaxMb <= 0 || documentMaxMb > 1024) {
    throw new ConfigError(`DOCUMENT_MAX_MB must be a number of megabytes above 0 and at most 1024, got "${env.DOCUMENT_MAX_MB}"`);
  }
  const publicRateLimitPerMinute = Number(env.PUBLIC_RATE_LIMIT_PER_MINUTE || 300);
  if (!Number.isInteger(publicRateLimitPerMinute) || publicRateLimitPerMinute < 0 || publicRateLimitPerMinute > 1_000_000) {
    throw new ConfigError(`PUBLIC_RATE_LIMIT_PER_MINUTE must be a whole number of requests from 0 to 1000000, got "${env.PUBLIC_RATE_LIMIT_PER_MINUTE}"`);
  }
  const readCacheEntries = Number(env.READ_CACHE_ENTRIES || 2000);
  if (!Number.isInteger(readCacheEntries) || readCacheEntries < 0 || readCacheEntries > 1_000_000) {
    throw new ConfigError(`READ_CACHE_ENTRIES must be a whole number of answers from 0 to 1000000, got "${env.READ_CACHE_ENTRIES}"`);
  }
  const sessionIdleMinutes = Number(env.SESSION_IDLE_MINUTES || 120);
  if (!Number.isInteger(sessionIdleMinutes) || sessionIdleMinutes < 1 || sessionIdleMinutes > 7 * 24 * 60) {
    throw new ConfigError(`SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 10080, got "${env.SESSION_IDLE_MINUTES}"`);
  }
  const sessionMaxHours = Number(env.SESSION_MAX_HOURS || 12);
  if (!Number.isInteger(sessionMaxHours) || sessionMaxHours < 1 || sessionMaxHours > 24 * 30) {
    throw new ConfigError(`SESSION_MAX_HOURS must be a whole number of hours from 1 to 720, got "${env.SESSION_MAX_HOURS}"`);
  }
  const trustProxy = env.TRUST_PROXY?.trim() || (production ? 'loopback,linklocal,uniquelocal' : undefined);
  const smtp = env.SMTP_HOST
    ? {
        host: env.SMTP_HOST,
        port: Number(env.SMTP_PORT ?? 587),
        secure: env.SMTP_SECURE === 'true',
        user: env.SMTP_USER || undefined,
        password: env.SMTP_PASSWORD || undefined,
        from: env.SMTP_FROM ?? 'MIC Platform <no-reply@localhost>',
      }
    : undefined;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir,
    sessionSecret,
    production,
    demoData: env.DEMO_DATA !== 'false',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtp,
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.WEB_DIST ? path.resolve(env.WEB_DIST) : undefined,
    reminderIntervalMinutes,
    documentMaxBytes: Math.floor(documentMaxMb * 1024 * 1024),
    publicRateLimitPerMinute,
    readCacheEntries,
    sessionIdleMinutes,
    sessionMaxHours,
    httpsOnly: production || env.HTTPS_ONLY === 'true',
    trustProxy,
  };
}

/** In embedded mode the secret is generated once and kept in the data folder. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
