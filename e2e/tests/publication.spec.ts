import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

/** A demo partnership whose purposes the IATI check is tried on. */
const GRAN_MUKONO = /^Gran – Mukono/;

interface PublicPartnership {
  id: string;
  title: string;
  purposes: string[];
  budget: unknown[] | null;
  documents: { id: string; fileName: string }[];
}

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Laster|Loading|Cargando/ })).toHaveCount(0);
}

/** Marius's account keeps its language on the server: switch to English, and say what it was to switch back. */
async function inEnglish(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const before = (await page.locator('html').getAttribute('lang')) ?? 'en';
  if (before !== 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  return before;
}

async function backTo(page: Page, lang: string) {
  const name = { nb: 'Norsk bokmål', es: 'Español' }[lang];
  if (name) await page.getByRole('button', { name, exact: true }).click();
}

interface PublicationSettings {
  hidden: string[];
  documents: { id: string; fileName: string; published: boolean }[];
}

/**
 * A public partnership whose budget is shown and which has a document not yet published, with that
 * document: found rather than named, so the journey does not depend on what the demo holds back.
 */
async function pickPartnership(page: Page): Promise<{ partnership: PublicPartnership; document: string }> {
  const list = (await (await page.request.get('/api/public/partnerships?pageSize=100')).json()) as { items: { id: string }[] };
  for (const { id } of list.items) {
    const settings = (await (await page.request.get(`/api/partnerships/${id}/publication`)).json()) as PublicationSettings;
    const document = settings.documents.find((d) => !d.published);
    if (!settings.hidden.includes('budget') && document) return { partnership: await publicPartnership(page, id), document: document.fileName };
  }
  throw new Error('no public demo partnership shows its budget and has an unpublished document');
}

/** What an anonymous visitor gets (the public answer is the same with or without a session). */
async function publicPartnership(page: Page, id: string): Promise<PublicPartnership> {
  const response = await page.request.get(`/api/public/partnerships/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as PublicPartnership;
}

test.describe.serial('publication', () => {
  test('the programme officer holds back a budget and publishes a document, sees the public answer change, meets a conflict, then puts both back', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'officer@mic.example');
    const { partnership: before, document: docName } = await pickPartnership(page);
    const partnershipId = before.id;
    expect(before.budget).not.toBeNull();
    expect(before.documents.map((d) => d.fileName)).not.toContain(docName);
    await page.getByRole('link', { name: before.title, exact: true }).first().click();
    const language = await inEnglish(page);
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(`/partnerships/${partnershipId}`);

    await page.getByRole('region', { name: 'Public page' }).getByRole('link', { name: 'Choose what the public sees' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Public page' })).toBeVisible();
    await settled(page);
    await expect(page.getByText('The partnership is active or completed, so it is on the public portal')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the partnership’s public page' })).toHaveAttribute('href', `/public/partnerships/${partnershipId}`);
    await expectAccessible(page, 'the publication settings');

    // Hold back the budget, with the keyboard.
    const budget = page.getByRole('checkbox', { name: 'Budget', exact: true });
    await expect(budget).not.toBeChecked();
    await budget.focus();
    await page.keyboard.press('Space');
    await expect(budget).toBeChecked();
    await page.getByRole('button', { name: 'Save what is held back' }).click();
    await expect(page.getByText('Saved. The public page shows the change within a few minutes.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Budget', exact: true })).toBeChecked();

    // Publish the document.
    const documents = page.getByRole('table', { name: 'The partnership’s documents and whether each is published' });
    const published = documents.getByRole('switch', { name: `Published ${docName}` });
    await expect(published).not.toBeChecked();
    await published.click();
    await expect(page.getByText(`${docName} is now published.`)).toBeVisible();
    await expect(published).toBeChecked();

    const after = await publicPartnership(page, partnershipId);
    expect(after.budget).toBeNull();
    expect(after.documents.map((d) => d.fileName)).toContain(docName);

    // Someone else saves the same settings meanwhile: this page's save is a conflict, and the latest version is offered.
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/partnerships/${partnershipId}/publication`)).json()) as PublicationSettings & { version: number };
    const other = await page.request.put(`/api/partnerships/${partnershipId}/publication`, { data: { version: current.version, hidden: current.hidden }, headers: { 'x-csrf-token': session.csrfToken } });
    expect(other.status()).toBe(200);
    await page.getByRole('checkbox', { name: 'Budget', exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save what is held back' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this while you were editing.' })).toBeVisible();
    await page.getByRole('button', { name: 'Show the latest settings' }).click();
    await expect(page.getByRole('checkbox', { name: 'Budget', exact: true })).toBeChecked();

    // Both back as they were: other journeys read the same demo.
    await page.getByRole('checkbox', { name: 'Budget', exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save what is held back' }).click();
    await expect(page.getByText('Saved. The public page shows the change within a few minutes.')).toBeVisible();
    await published.click();
    await expect(page.getByText(`${docName} is no longer published.`)).toBeVisible();
    await expect(published).not.toBeChecked();
    const restored = await publicPartnership(page, partnershipId);
    expect(restored.budget).toEqual(before.budget);
    expect(restored.documents).toEqual(before.documents);
    await backTo(page, language);
  });

  test('the programme officer opens the IATI check from the reports, and a purpose left without sectors is explained with the way to fix it', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'officer@mic.example');
    const language = await inEnglish(page);
    await page.goto('/reports');
    await page.getByRole('link', { name: 'Check the IATI publication before publishing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'IATI publication' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('link', { name: 'Download the IATI file (activities.xml)' })).toHaveAttribute('href', '/api/iati/activities.xml');
    const counts = (await (await page.request.get('/api/programme/iati-check')).json()) as { total: number; complete: number };
    await expect(page.getByText(`Complete IATI activities: ${counts.complete} of ${counts.total} public partnerships.`)).toBeVisible();
    await expectAccessible(page, 'the IATI check');

    // Take the sectors off one of Gran – Mukono's purposes.
    const list = (await (await page.request.get('/api/public/partnerships?q=Gran')).json()) as { items: { id: string; title: string }[] };
    const gran = list.items.find((p) => GRAN_MUKONO.test(p.title))!;
    const purpose = (await publicPartnership(page, gran.id)).purposes[0]!;
    const programme = (await (await page.request.get('/api/public/programme')).json()) as { purposes: { code: string; name: Record<string, string> }[] };
    const purposeName = programme.purposes.find((p) => p.code === purpose)!.name.en!;
    const sectors = page.getByRole('textbox', { name: `Sectors for “${purposeName}”` });
    const codes = await sectors.inputValue();
    expect(codes).toMatch(/^\d{5}/);
    await sectors.fill('');
    await page.getByRole('button', { name: 'Save the IATI settings' }).click();
    await expect(page.getByText('The IATI settings have been saved.')).toBeVisible();

    const row = page.getByRole('table', { name: /^Public partnerships and what keeps each/ }).getByRole('row', { name: GRAN_MUKONO });
    await expect(row).toContainText(`A purpose of the partnership has no DAC sector code, so the activity has no sector for it. (purpose “${purposeName}”)`);
    const fix = row.getByRole('link', { name: 'Add the sector codes below' });
    await expect(fix).toBeVisible();
    await expectAccessible(page, 'the IATI check with a problem');

    // The link leads to the settings, where the codes go back in.
    await fix.press('Enter');
    await expect(page).toHaveURL(/#iati-settings-heading$/);
    await page.getByRole('textbox', { name: `Sectors for “${purposeName}”` }).fill(codes);
    await page.getByRole('button', { name: 'Save the IATI settings' }).click();
    await expect(page.getByText('The IATI settings have been saved.')).toBeVisible();
    await expect(row).not.toContainText('has no DAC sector code');
    await backTo(page, language);
  });
});
