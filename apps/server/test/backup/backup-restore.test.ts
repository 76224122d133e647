import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { writeBackup, type BackupSummary } from '../../src/backup/backup';
import { restoreBackup } from '../../src/backup/restore';
import type { Database } from '../../src/db/client';
import { partnerships } from '../../src/db/schema';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { createTestApp, recordingMailer, signIn, testConfig, type TestContext } from '../helpers/app';
import { openTestDatabase } from '../helpers/database';
import { upload } from '../documents/helpers';
import { lengthenAuditLog, openOtherKind, tableDigests, tempDir } from './helpers';

/** A PDF whose body holds every byte value, so any text re-encoding on the way would show. */
const binaryPdf = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + 3) % 256)), Buffer.from('\n%%EOF\n')]);
const TITLE = "Stord – San Juan Comalapa: waste management and women's participation";

let source: TestContext;
let dir: string;
let backup: BackupSummary;
let again: BackupSummary;
let partnershipId: string;
let documentId: string;
/** First restored into a database of the other kind (PGlite when the suite runs on PostgreSQL). */
let first: Database;
let firstApp: FastifyInstance;

beforeAll(async () => {
  dir = await tempDir();
  source = await createTestApp();
  await loadDemoIfEmpty(source.db);
  const [p] = await source.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.title, TITLE));
  partnershipId = p!.id;
  const coordinator = await signIn(source.app, 'stord@mic.example', DEMO_PASSWORD);
  const res = await upload(coordinator, partnershipId, { fileName: 'binary.pdf', category: 'international_strategy' }, binaryPdf);
  expect(res.statusCode).toBe(201);
  documentId = res.json().id;
  await lengthenAuditLog(source.db, 1200);
  // Small pages and batches, so that paging and batching cross many boundaries.
  backup = await writeBackup(source.db, source.database.kind, path.join(dir, 'source.ndjson.gz'), { pageRows: 97, pageBytes: 2000 });
  first = await openOtherKind();
  await restoreBackup(first, backup.file, { batchRows: 61 });
  // Backed up again before anyone signs in to the restored app (a sign-in writes a session).
  again = await writeBackup(first.db, first.kind, path.join(dir, 'again.ndjson.gz'));
  firstApp = await buildApp({ config: testConfig, database: first, mailer: recordingMailer(), webDist: null });
  await firstApp.ready();
}, 240_000);

afterAll(async () => {
  await firstApp?.close();
  await first?.close();
  await source?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run backup and npm run restore', () => {
  it('writes a header with the schema, the source and every table’s row count', () => {
    const h = backup.header;
    expect(h).toMatchObject({ format: 'mic-platform-backup', version: 1, source: { kind: source.database.kind }, migration: { tag: expect.stringMatching(/^\d{4}_/) } });
    const rows = Object.fromEntries(h.tables.map((t) => [t.name, t.rows]));
    expect(rows.partnerships).toBeGreaterThanOrEqual(8);
    expect(rows.documents).toBeGreaterThan(10);
    expect(rows.audit_log).toBeGreaterThan(1400);
    expect(h.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Parents before children: partnerships before their results, results before their indicators.
    const order = h.tables.map((t) => t.name);
    expect(order.indexOf('partnerships')).toBeLessThan(order.indexOf('results'));
    expect(order.indexOf('results')).toBeLessThan(order.indexOf('indicators'));
  });

  it('restores every row of every table into an empty database of the other kind', async () => {
    const before = await tableDigests(source.db);
    const after = await tableDigests(first.db);
    expect(after).toEqual(before);
    expect(Object.values(after).filter((t) => t.rows > 0).length).toBeGreaterThan(30);
  });

  it('keeps the audit chain valid, entry for entry', async () => {
    const result = await verifyChain(first.db);
    expect(result).toMatchObject({ ok: true, checked: backup.header.tables.find((t) => t.name === 'audit_log')!.rows });
  });

  it('serves the restored partnership and the document’s exact bytes', async () => {
    const coordinator = await signIn(firstApp, 'stord@mic.example', DEMO_PASSWORD);
    const p = await coordinator.get(`/api/partnerships/${partnershipId}`);
    expect(p.statusCode).toBe(200);
    expect(p.json().title).toBe(TITLE);
    const content = await coordinator.get(`/api/partnerships/${partnershipId}/documents/${documentId}/content`);
    expect(content.statusCode).toBe(200);
    expect(Buffer.compare(content.rawPayload, binaryPdf)).toBe(0);
    const list = (await coordinator.get(`/api/partnerships/${partnershipId}/documents`)).json();
    const sha = createHash('sha256').update(binaryPdf).digest('hex');
    expect(list.items.find((d: { id: string }) => d.id === documentId)).toMatchObject({ sha256: sha });
  });

  it('gives the same backup again from the restored database, and that restores too', async () => {
    expect(again.header.body).toEqual(backup.header.body);
    const second = await openTestDatabase();
    try {
      const restored = await restoreBackup(second, again.file);
      expect(restored.auditEntries).toBe(backup.header.tables.find((t) => t.name === 'audit_log')!.rows);
      expect(await tableDigests(second.db)).toEqual(await tableDigests(source.db));
    } finally {
      await second.close();
    }
  });

  it('lets the restored app go on writing: new rows continue after the restored ones and the chain stays valid', async () => {
    const admin = await signIn(firstApp, 'admin@mic.example', DEMO_PASSWORD);
    const coordinator = await signIn(firstApp, 'stord@mic.example', DEMO_PASSWORD);
    const res = await upload(coordinator, partnershipId, { fileName: 'after.pdf', category: 'international_strategy' }, Buffer.from('%PDF-1.4\n% after the restore\n%%EOF\n'));
    expect(res.statusCode).toBe(201);
    expect((await admin.get('/api/auth/session')).statusCode).toBe(200);
    const result = await verifyChain(first.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(backup.header.tables.find((t) => t.name === 'audit_log')!.rows);
  });
});
