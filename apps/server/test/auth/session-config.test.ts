import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const base = { SESSION_SECRET: 'x'.repeat(40), DATA_DIR: '/nonexistent' };

describe('session and transport settings', () => {
  it('defaults to two idle hours and twelve in all, over plain HTTP and with no proxy in development', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ sessionIdleMinutes: 120, sessionMaxHours: 12, httpsOnly: false, trustProxy: undefined });
  });

  it('is HTTPS only and believes only the private-network proxies in production', () => {
    const config = loadConfig({ ...base, NODE_ENV: 'production' });
    expect(config).toMatchObject({ httpsOnly: true, trustProxy: 'loopback,linklocal,uniquelocal' });
    expect(loadConfig({ ...base, NODE_ENV: 'production', HTTPS_ONLY: 'false' }).httpsOnly).toBe(true);
  });

  it('reads the settings from the environment', () => {
    const config = loadConfig({ ...base, SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '8', HTTPS_ONLY: 'true', TRUST_PROXY: '10.1.0.0/16' });
    expect(config).toMatchObject({ sessionIdleMinutes: 30, sessionMaxHours: 8, httpsOnly: true, trustProxy: '10.1.0.0/16' });
  });

  it('refuses a limit that is not a sensible whole number', () => {
    for (const env of [{ SESSION_IDLE_MINUTES: '0' }, { SESSION_IDLE_MINUTES: 'soon' }, { SESSION_MAX_HOURS: '1.5' }, { SESSION_MAX_HOURS: '9999' }]) {
      expect(() => loadConfig({ ...base, ...env }), JSON.stringify(env)).toThrow(ConfigError);
    }
  });
});
