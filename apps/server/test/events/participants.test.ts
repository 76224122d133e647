import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { addEvent, NOW } from './helpers';

let t: TestContext;
let office: Client;
let event: { id: string };
let coordinator: Client;
const names = ['Ingrid Sæbø', 'Lucía Morales', 'Ola Viken'];

beforeAll(async () => {
  t = await createTestApp({}, { clock: () => NOW });
  office = await signInAs(t, { globalRole: 'programme_officer', language: 'nb' });
  const p = await buildPartnership(t.db, {
    title: 'Stord – San Juan Comalapa',
    home: await buildMunicipality(t.db, { name: 'Stord', country: 'NO' }),
    partner: await buildMunicipality(t.db, { name: 'San Juan Comalapa', country: 'GT' }),
  });
  event = await addEvent(office, { title: { en: 'Network meeting', es: 'Encuentro de la red' }, date: '2027-04-20', endDate: '2027-04-21', invitedPartnershipIds: [p.id] });
  const roles = ['home_coordinator', 'partner_coordinator', 'viewer'] as const;
  for (const [i, name] of names.entries()) {
    const member = await signInAs(t, { name, email: `${name.split(' ')[0]!.toLowerCase()}@mic.test`, memberships: [{ partnershipId: p.id, role: roles[i]! }] });
    if (i === 1) coordinator = member;
    const res = await member.post(`/api/events/${event.id}/registration`, i === 1 ? { note: 'Llego el día 19' } : {});
    expect(res.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

describe('the participant list', () => {
  it('lists the participants page by page, in the order they registered, for the programme office', async () => {
    const first = await office.get(`/api/events/${event.id}/participants?pageSize=2`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.json().items).toEqual([
      expect.objectContaining({ name: 'Ingrid Sæbø', email: 'ingrid@mic.test', role: 'home_coordinator', note: null, partnership: { id: expect.any(String), title: 'Stord – San Juan Comalapa' } }),
      expect.objectContaining({ name: 'Lucía Morales', role: 'partner_coordinator', note: 'Llego el día 19', registeredAt: expect.any(String) }),
    ]);
    const second = (await office.get(`/api/events/${event.id}/participants?pageSize=2&page=2`)).json();
    expect(second.items.map((p: { name: string }) => p.name)).toEqual(['Ola Viken']);
  });

  it('is for the programme office only: 403 for those who see the event, 404 for the rest', async () => {
    expect((await coordinator.get(`/api/events/${event.id}/participants`)).statusCode).toBe(403);
    expect((await coordinator.get(`/api/events/${event.id}/participants.xlsx`)).statusCode).toBe(403);
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await donor.get(`/api/events/${event.id}/participants`)).statusCode).toBe(403);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: (await buildPartnership(t.db)).id, role: 'home_coordinator' }] });
    expect((await outsider.get(`/api/events/${event.id}/participants`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/events/${event.id}/participants.xlsx`)).statusCode).toBe(404);
  });

  it('exports the participants as XLSX in the caller\'s language, with a title row and a styled header', async () => {
    const res = await office.get(`/api/events/${event.id}/participants.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('attachment; filename="deltakere-Network meeting.xlsx"');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as never);
    const sheet = workbook.getWorksheet('Deltakere')!;
    expect(sheet.getCell('A1').value).toBe('Network meeting: 2027-04-20 09:30 til 2027-04-21');
    const header = sheet.getRow(2);
    expect(header.values).toEqual([undefined, 'Navn', 'E-post', 'Partnerskap', 'Kommune', 'Rolle', 'Merknad', 'Påmeldt (UTC)']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });

    const rows = [3, 4, 5].map((n) => sheet.getRow(n));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value, r.getCell(4).value, r.getCell(5).value, r.getCell(6).value])).toEqual([
      ['Ingrid Sæbø', 'ingrid@mic.test', 'Stord – San Juan Comalapa', 'Stord', 'Koordinator i hjemkommunen', null],
      ['Lucía Morales', 'lucía@mic.test', 'Stord – San Juan Comalapa', 'San Juan Comalapa', expect.any(String), 'Llego el día 19'],
      ['Ola Viken', 'ola@mic.test', 'Stord – San Juan Comalapa', null, 'Leser', null],
    ]);
    expect(rows[0]!.getCell(7).value).toBeInstanceOf(Date);
    expect(sheet.getRow(6).getCell(1).value ?? null).toBeNull();
  });

  it('says when the date is to be announced, in English for an English reader', async () => {
    const tba = await addEvent(office, { title: { en: 'Autumn network meeting' }, date: null, endDate: null, invitedPartnershipIds: [] });
    const admin = await signInAs(t, { globalRole: 'admin', language: 'en' });
    const res = await admin.get(`/api/events/${tba.id}/participants.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as never);
    const sheet = workbook.getWorksheet('Participants')!;
    expect(sheet.getCell('A1').value).toBe('Autumn network meeting: date to be announced');
    expect(sheet.getRow(2).getCell(1).value).toBe('Name');
    expect(sheet.rowCount).toBe(2);
  });
});
