import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectZip } from '../../src/modules/documents/documents.zip';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, signInAs } from '../helpers/sign-in-as';
import { upload } from './helpers';
import { buildZip, declaredBomb, DOCX_ENTRIES, honestBomb, lyingBomb, manyEntries, nested, ODT_ENTRIES, overlappingBomb, XLSX_ENTRIES } from './zip-bombs';

/** Zip bombs dressed as Office and OpenDocument files: refused before they are unpacked, nothing kept. */

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function coordinator() {
  const p = await buildPartnership(t.db);
  const home = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  return { p, home };
}

const total = async (c: Client, partnershipId: string) => (await c.get(`/api/partnerships/${partnershipId}/documents?current=false`)).json().total as number;

async function expectRefused(c: Client, partnershipId: string, fileName: string, bytes: Buffer) {
  const before = await auditCount(t.db);
  const res = await upload(c, partnershipId, { fileName }, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(res.statusCode, `${fileName}: ${res.body}`).toBe(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status: 422, code: 'DOCUMENT_ARCHIVE_UNSAFE' });
  expect(res.json().detail).toMatch(/archive/);
  expect(await total(c, partnershipId)).toBe(0);
  expect(await auditCount(t.db)).toBe(before);
}

describe('zip bombs disguised as documents', () => {
  it('refuses a DOCX, an XLSX and an ODT whose entries really inflate to over a gigabyte, though the upload is about a megabyte', async () => {
    const { p, home } = await coordinator();
    for (const [name, base] of [
      ['informe.docx', DOCX_ENTRIES],
      ['datos.xlsx', XLSX_ENTRIES],
      ['informe.odt', ODT_ENTRIES],
    ] as const) {
      const bomb = honestBomb(base);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      await expectRefused(home, p.id, name, bomb);
    }
  });

  it('refuses an archive that declares gigabytes in its headers, and one that says an entry is small but inflates to 64 MiB', async () => {
    const { p, home } = await coordinator();
    await expectRefused(home, p.id, 'declarado.docx', declaredBomb(DOCX_ENTRIES));
    const liar = lyingBomb(XLSX_ENTRIES);
    expect(liar.length).toBeLessThan(100 * 1024);
    await expectRefused(home, p.id, 'mentiroso.xlsx', liar);
  });

  it('refuses an archive with thousands of entries, and one that lists the same bytes under many names', async () => {
    const { p, home } = await coordinator();
    await expectRefused(home, p.id, 'miles.docx', manyEntries(DOCX_ENTRIES, 5000));
    await expectRefused(home, p.id, 'solapado.odt', overlappingBomb(ODT_ENTRIES));
  });

  it('keeps a document that embeds one archive, and refuses archives nested inside that', async () => {
    const { p, home } = await coordinator();
    const embedded = await upload(home, p.id, { fileName: 'con-hoja.docx' }, nested(DOCX_ENTRIES, 1));
    expect(embedded.statusCode, embedded.body).toBe(201);
    expect(embedded.json().mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const before = await auditCount(t.db);
    for (const depth of [2, 5]) {
      const res = await upload(home, p.id, { fileName: `anidado-${depth}.docx` }, nested(DOCX_ENTRIES, depth));
      expect(res.json(), `depth ${depth}`).toMatchObject({ status: 422, code: 'DOCUMENT_ARCHIVE_UNSAFE' });
    }
    expect(await total(home, p.id)).toBe(1);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses a damaged archive (central directory pointing past the end, encrypted entry, unknown method) without a server error', async () => {
    const { p, home } = await coordinator();
    const good = buildZip(DOCX_ENTRIES);
    const pastEnd = Buffer.from(good);
    pastEnd.writeUInt32LE(good.length + 1000, good.length - 6);
    const encrypted = Buffer.from(good);
    const firstCentral = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(1, firstCentral + 8);
    const bzip2 = Buffer.from(good);
    bzip2.writeUInt16LE(12, firstCentral + 10);
    for (const [name, bytes] of [
      ['fuera.docx', pastEnd],
      ['cifrado.docx', encrypted],
      ['bzip2.docx', bzip2],
    ] as const) {
      const res = await upload(home, p.id, { fileName: name }, bytes);
      expect(res.statusCode, name).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, name).toBeLessThan(500);
      expect(res.json().code, name).toMatch(/^DOCUMENT_(ARCHIVE_UNSAFE|TYPE_NOT_ALLOWED)$/);
    }
    expect(await total(home, p.id)).toBe(0);
  });
});

describe('inspectZip', () => {
  const maxBytes = 25 * 1024 * 1024;

  it('says what is wrong, and passes an ordinary document', async () => {
    expect(await inspectZip(buildZip(DOCX_ENTRIES), maxBytes)).toBeNull();
    expect(await inspectZip(honestBomb(DOCX_ENTRIES), maxBytes)).toBe('size');
    expect(await inspectZip(declaredBomb(DOCX_ENTRIES), maxBytes)).toBe('size');
    expect(await inspectZip(lyingBomb(DOCX_ENTRIES), maxBytes)).toBe('size');
    expect(await inspectZip(manyEntries(DOCX_ENTRIES, 1200), maxBytes)).toBe('entries');
    expect(await inspectZip(overlappingBomb(DOCX_ENTRIES), maxBytes)).toBe('malformed');
    expect(await inspectZip(nested(DOCX_ENTRIES, 2), maxBytes)).toBe('depth');
    expect(await inspectZip(Buffer.from('PK\u0003\u0004 not really'), maxBytes)).toBe('malformed');
  });

  it('counts entries and bytes of nested archives against one budget', async () => {
    const limits = { maxEntries: 10, maxInflatedBytes: 10_000, maxDepth: 1 };
    const inner = buildZip(Array.from({ length: 8 }, (_, i) => ({ name: `${i}.xml`, data: Buffer.from('<x/>') })));
    expect(await inspectZip(buildZip([...DOCX_ENTRIES, { name: 'a.zip', data: inner }]), maxBytes, limits)).toBe('entries');
    const big = buildZip([{ name: 'big.bin', data: Buffer.alloc(6000) }]);
    expect(await inspectZip(buildZip([{ name: 'a.zip', data: big }]), maxBytes, { ...limits, maxEntries: 100 })).toBeNull();
    expect(await inspectZip(buildZip([{ name: 'a.zip', data: big }, { name: 'b.zip', data: big }]), maxBytes, { ...limits, maxEntries: 100 })).toBe('size');
  });
});
