import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { createTestApp, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';
import { pdfText } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-10T09:00:00Z') });
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo agreement', () => {
  it('is Stord – San Juan Comalapa’s, signed by all three, with the signed copy among its documents', async () => {
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const list = (await officer.get('/api/partnerships?search=Stord&pageSize=5')).json();
    const stord = list.items.find((p: { title: string }) => p.title.startsWith('Stord – San Juan Comalapa'));
    const agreement = (await officer.get(`/api/partnerships/${stord.id}/agreement`)).json();
    expect(agreement).toMatchObject({ exists: true, ready: true, languages: ['es', 'nb'], signatures: { home: { signedOn: '2025-01-10' }, partner: { signedOn: '2025-01-17' }, ks: { signedOn: '2025-01-20' } } });
    const copy = await officer.get(`/api/partnerships/${stord.id}/documents/${agreement.signedDocument.id}/content`);
    expect(copy.statusCode).toBe(200);
    const text = pdfText(copy.rawPayload);
    expect(text).toContain('Samarbeidsavtale');
    expect(text).toContain('San Juan Comalapa');
    expect(text).toContain('NOK 850 000');
  });
});
