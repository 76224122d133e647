import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { createMailer } from './lib/mailer';
import { loadDemoIfEmpty, DEMO_PASSWORD } from './demo/demo.seed';
import { ensureProgramme } from './modules/programme/programme.bootstrap';
import { startReminderScheduler } from './modules/reminders/reminders.scheduler';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite` });
  await ensureProgramme(database.db);
  const demo = config.demoData ? await loadDemoIfEmpty(database.db) : null;
  const mailer = createMailer(config.smtp);
  const app = await buildApp({ config, database, mailer, logger: { level: config.logLevel }, webDist: config.webDist });
  await app.listen({ port: config.port, host: config.host });
  const reminders = startReminderScheduler({ db: database.db, mailer, config, now: () => new Date() }, config.reminderIntervalMinutes ?? 15, app.log);

  const url = config.publicUrl;
  const lines = [`\nMIC Platform is running at ${url}`, `Database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}/pglite` : 'PostgreSQL (DATABASE_URL)'}`];
  if (demo?.length) {
    lines.push(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const u of demo) lines.push(`  ${u.role.padEnd(22)} ${u.email}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await reminders.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${err.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
