import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

// Small real files made here: a minimal PDF (the server decides the type from its first bytes).
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const DECISION = 'kommunestyrevedtak-stord-e2e.pdf';
const DECISION_V2 = 'kommunestyrevedtak-stord-e2e-revidert.pdf';

/** Signs in and opens the documents of Stord – San Juan Comalapa from its partnership page. */
async function openStordDocuments(page: Page, email: string, link: string, heading: RegExp) {
  await signIn(page, email);
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  await page.getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test.describe.serial('a partnership’s documents', () => {
  test('the home coordinator uploads the council decision, replaces it and is refused a renamed text file', async ({ page }) => {
    test.setTimeout(120_000);
    // Ingrid, the home coordinator, works in Norwegian: the journey uses her labels.
    await openStordDocuments(page, 'stord@mic.example', 'Åpne dokumentene', /^Dokumenter – Stord – San Juan Comalapa/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expectAccessible(page, 'the documents page');

    // The council decision of Stord, the home municipality: the municipality is asked for once it is chosen.
    const form = page.getByRole('region', { name: 'Last opp et dokument' });
    await expect(form.getByText(/høyst 25 MB/)).toBeVisible();
    await form.getByLabel('Fil', { exact: true }).setInputFiles({ name: DECISION, mimeType: 'application/pdf', buffer: pdf('vedtak') });
    await form.getByLabel('Kategori').selectOption({ label: 'Kommunestyrevedtak' });
    await form.getByRole('button', { name: 'Last opp dokumentet' }).click();
    await expect(form.getByText('Velg hvilken kommune dokumentet hører til.').first()).toBeVisible();
    await expectAccessible(page, 'the upload form with a missing municipality');
    await form.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Stord (hjemkommune)' });
    await form.getByLabel('Dokumentets språk').selectOption('nb');
    await form.getByLabel('Dokumentets dato (valgfritt)').fill('2026-11-20');
    await form.getByRole('button', { name: 'Last opp dokumentet' }).click();
    await expect(page.getByText(`${DECISION} er lastet opp.`)).toBeVisible();

    const first = page.getByRole('listitem', { name: DECISION });
    await expect(first).toContainText('Kommunestyrevedtak');
    await expect(first).toContainText('Stord (hjemkommune)');
    await expect(first).toContainText('norsk bokmål');
    await expect(first).toContainText('versjon 1');
    await expect(first).toContainText('Ingrid Sæbø');

    // A new version, from the document's own dialog.
    await first.getByRole('button', { name: 'Ny versjon' }).click();
    const dialog = page.getByRole('dialog', { name: `Ny versjon av ${DECISION}` });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'the new-version dialog');
    await dialog.getByLabel('Fil', { exact: true }).setInputFiles({ name: DECISION_V2, mimeType: 'application/pdf', buffer: pdf('revidert vedtak') });
    await dialog.getByRole('button', { name: 'Last opp den nye versjonen' }).click();
    await expect(page.getByText(`${DECISION_V2} er nå versjon 2.`)).toBeVisible();
    await expect(dialog).toBeHidden();

    const current = page.getByRole('listitem', { name: DECISION_V2 });
    await expect(current).toContainText('versjon 2');
    await expect(current).toContainText('Kommunestyrevedtak');
    await expect(current).toContainText('Stord (hjemkommune)');
    await expect(page.getByRole('listitem', { name: DECISION })).toHaveCount(0);

    // The history opens by keyboard and lists both versions, the earlier one still downloadable.
    await current.getByText(`Versjonshistorikk for ${DECISION_V2}`).focus();
    await page.keyboard.press('Enter');
    const versions = current.getByRole('table', { name: `Versjoner av ${DECISION_V2}, nyeste først` });
    await expect(versions.getByRole('row')).toHaveCount(3);
    await expect(versions.getByRole('row').nth(1)).toContainText('versjon 2 (gjeldende)');
    await expect(versions.getByRole('row').nth(2)).toContainText('versjon 1');
    const download = page.waitForEvent('download');
    await versions.getByRole('link', { name: DECISION }).click();
    expect((await download).suggestedFilename()).toBe(DECISION);
    await expectAccessible(page, 'a document with its version history open');

    // The date was mistyped: the details are corrected without a new upload.
    await current.getByRole('button', { name: 'Rediger opplysninger' }).click();
    const edit = page.getByRole('dialog', { name: `Rediger opplysningene om ${DECISION_V2}` });
    await edit.getByLabel('Dokumentets dato (valgfritt)').fill('2026-11-19');
    await edit.getByRole('button', { name: 'Lagre opplysningene' }).click();
    await expect(page.getByText(`Opplysningene om ${DECISION_V2} er lagret.`)).toBeVisible();
    await expect(current).toContainText('19. november 2026');

    // Plain text named .pdf: refused by its content, with the message at the file and in the summary.
    await form.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Notater fra møtet, ikke en PDF.\n') });
    await form.getByLabel('Kategori').selectOption({ label: 'Annet' });
    await form.getByRole('button', { name: 'Last opp dokumentet' }).click();
    const refusal = /^Denne filtypen godtas ikke\./;
    // Once at the file, once in the error summary (as a link to the file).
    await expect(form.getByText(refusal)).toHaveCount(2);
    await expect(page.getByRole('link', { name: refusal })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'notes.pdf' })).toHaveCount(0);
    await expectAccessible(page, 'the refused upload');
  });

  test('the partner coordinator reads the documents in Spanish and downloads one', async ({ page }) => {
    await openStordDocuments(page, 'comalapa@mic.example', 'Abrir los documentos', /^Documentos – Stord – San Juan Comalapa/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const current = page.getByRole('listitem', { name: DECISION_V2 });
    await expect(current).toContainText('Acuerdo del concejo municipal');
    await expect(current).toContainText('Stord (municipio noruego)');
    await expect(current).toContainText('versión 2');
    await expect(page.getByRole('heading', { name: 'Subir un documento' })).toBeVisible();
    await expectAccessible(page, 'the documents page in Spanish');
    const download = page.waitForEvent('download');
    await current.getByRole('link', { name: DECISION_V2 }).click();
    expect((await download).suggestedFilename()).toBe(DECISION_V2);
  });

  test('the viewer reads the documents but is offered no upload', async ({ page }) => {
    await openStordDocuments(page, 'viewer@mic.example', 'Åpne dokumentene', /^Dokumenter – Stord – San Juan Comalapa/);
    await expect(page.getByRole('listitem', { name: DECISION_V2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Last opp et dokument' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ny versjon' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rediger opplysninger' })).toHaveCount(0);
    await expectAccessible(page, 'the documents page for the viewer');
  });

  test('the auditor reads the documents and may upload only the audit report and the management letter', async ({ page }) => {
    await openStordDocuments(page, 'auditor@mic.example', 'Åpne dokumentene', /^Dokumenter – Stord – San Juan Comalapa/);
    const decision = page.getByRole('listitem', { name: DECISION_V2 });
    await expect(decision).toBeVisible();
    // The council decision is the coordinators': no new version, no corrections.
    await expect(decision.getByRole('button', { name: 'Ny versjon' })).toHaveCount(0);
    await expect(decision.getByRole('button', { name: 'Rediger opplysninger' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Last opp et dokument' })).toBeVisible();
    const categories = page.getByRole('region', { name: 'Last opp et dokument' }).getByLabel('Kategori');
    await expect(categories.locator('option:not([value=""])')).toHaveText(['Revisjonsberetning', 'Nummerert brev fra revisor']);
    await expectAccessible(page, 'the documents page for the auditor');
  });
});
