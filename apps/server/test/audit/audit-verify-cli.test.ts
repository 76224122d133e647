import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { auditLog } from '../../src/db/schema';
import { recordChange } from '../../src/modules/audit/audit.service';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'mic-audit-verify-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm run audit:verify`'s command as a child process against the PGlite folder in dataDir. */
function auditVerify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.INIT_CWD;
  delete env.SESSION_SECRET;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts', ...args], { cwd: serverDir, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const openData = () => openDatabase({ dataDir: path.join(dataDir, 'pglite') });

// Each case starts the command (tsx and PGlite) as a child process: give it time on a busy machine.
describe('npm run audit:verify', { timeout: 120_000 }, () => {
  it('says there is nothing to check when the data folder holds no database', async () => {
    const res = await auditVerify();
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('No database found');
  });

  it('exits 0 for an intact log and 1, naming the entry, once an entry is removed', async () => {
    const database = await openData();
    await ensureProgramme(database.db);
    for (let i = 0; i < 4; i++) {
      await database.db.transaction((tx) => recordChange(tx, null, { action: 'test.changed', entityType: 'test', entityId: `e${i}`, after: { i } }));
    }
    const ids = (await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id))).map((r) => r.id);
    await database.close();

    const intact = await auditVerify();
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('Checked 6 audit log entries');
    expect(intact.stdout).toContain('audit log intact');

    const again = await openData();
    await again.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await again.db.execute(sql`delete from audit_log where id = ${ids[2]}`);
    await again.close();

    const broken = await auditVerify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Checked 2 audit log entries');
    expect(broken.stdout).toContain(`First altered or removed entry: ${ids[2]}:`);
    expect(broken.stdout).not.toContain('intact');
  });

  it('refuses to open the embedded database while another process has it open', async () => {
    const database = await openData();
    try {
      const res = await auditVerify();
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('in use');
    } finally {
      await database.close();
    }
  });
});
