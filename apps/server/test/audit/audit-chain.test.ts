import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { auditLog } from '../../src/db/schema';
import { hashEntry } from '../../src/modules/audit/audit.chain';
import { recordChange, verifyChain } from '../../src/modules/audit/audit.service';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';
import { openTestDatabase } from '../helpers/database';

const opened: Database[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

/** A fresh database whose log holds the programme's creation and `n` more entries; returns their ids in order. */
async function logWithEntries(n: number) {
  const database = await openTestDatabase();
  opened.push(database);
  await ensureProgramme(database.db);
  for (let i = 0; i < n; i++) {
    await database.db.transaction((tx) =>
      recordChange(tx, { userId: '00000000-0000-4000-8000-000000000001', name: 'Tester' }, {
        action: 'test.changed',
        entityType: 'test',
        entityId: `e${i}`,
        before: { n: i },
        after: { n: i + 1, at: new Date('2026-11-27T10:00:00Z') },
      }),
    );
  }
  const ids = (await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id))).map((r) => r.id);
  return { db: database.db, ids };
}

/** The database's own message, whichever driver wrapped it. */
async function failureOf(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (e) {
    const err = e as Error & { cause?: Error };
    return `${err.message} ${err.cause?.message ?? ''}`;
  }
  return 'no error';
}

/** What someone with owner rights on the database could do: switch the append-only trigger off. */
const disableTrigger = (db: Database['db']) => db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { db, ids } = await logWithEntries(2);
    expect(await failureOf(db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.id, ids[1]!)))).toContain('append-only');
    expect(await failureOf(db.delete(auditLog).where(eq(auditLog.id, ids[1]!)))).toContain('append-only');
    expect(await failureOf(db.execute(sql`delete from audit_log`))).toContain('append-only');
    expect(await failureOf(db.execute(sql`truncate audit_log`))).toContain('append-only');
    const rows = await db.select().from(auditLog);
    // The programme and its yearly cycle, then the two entries.
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.action)).not.toContain('forged');
    expect(await verifyChain(db)).toEqual({ ok: true, checked: 4, break: null });
  });

  it('finds an altered entry before a later removed one, on any page size', async () => {
    const { db, ids } = await logWithEntries(6);
    await disableTrigger(db);
    await db.update(auditLog).set({ after: { n: 99 } }).where(eq(auditLog.id, ids[2]!));
    await db.delete(auditLog).where(eq(auditLog.id, ids[5]!));
    for (const pageSize of [1000, 2, 1]) {
      expect(await verifyChain(db, pageSize)).toEqual({ ok: false, checked: 2, break: { kind: 'altered', id: ids[2] } });
    }
  });

  it('finds a removed entry, even when the attacker recomputed the hash of an altered one', async () => {
    const { db, ids } = await logWithEntries(6);
    await disableTrigger(db);
    await db.delete(auditLog).where(eq(auditLog.id, ids[4]!));
    for (const pageSize of [1000, 3]) {
      expect(await verifyChain(db, pageSize)).toEqual({ ok: false, checked: 4, break: { kind: 'removed', afterId: ids[3], beforeId: ids[5] } });
    }
    // Rewriting an entry together with its own hash still breaks the link from the next entry.
    const [row] = await db.select().from(auditLog).where(eq(auditLog.id, ids[1]!));
    const forged = { ...row!, after: { n: 1000 } };
    await db.update(auditLog).set({ after: forged.after, hash: hashEntry(forged) }).where(eq(auditLog.id, ids[1]!));
    expect((await verifyChain(db)).break).toEqual({ kind: 'removed', afterId: ids[1], beforeId: ids[2] });
  });

  it('notices when the first entry is gone', async () => {
    const { db, ids } = await logWithEntries(1);
    await disableTrigger(db);
    await db.delete(auditLog).where(eq(auditLog.id, ids[0]!));
    expect(await verifyChain(db)).toEqual({ ok: false, checked: 0, break: { kind: 'removed', afterId: null, beforeId: ids[1] } });
  });
});
