import { expect, test } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

const PLACE = 'Rådhuset i San Juan Comalapa (e2e)';

test.describe.serial('annual meetings', () => {
  test('the Stord home coordinator records an annual meeting that approves the work plan', async ({ page }) => {
    test.setTimeout(120_000);
    // Ingrid, the home coordinator, works in Norwegian: the journey uses her labels.
    await signIn(page, 'stord@mic.example');
    await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
    await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
    const section = page.getByRole('region', { name: 'Årsmøter' });
    await section.getByRole('link', { name: 'Registrer et møte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrer et årsmøte' })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

    // Sent empty: the summary lists what is missing and leads to the fields.
    await page.getByRole('button', { name: 'Registrer møtet' }).click();
    await expect(page.getByText('Skriv inn datoen for møtet.').first()).toBeVisible();
    await expectAccessible(page, 'the meeting form with errors');

    await page.getByLabel('Dato', { exact: true }).fill('2026-11-20');
    await page.getByLabel('Sted', { exact: true }).fill(PLACE);
    await page.getByLabel('Navn', { exact: true }).fill('Ingrid Sæbø');
    await page.getByLabel(/^Organisasjon og rolle/).fill('Stord kommune, koordinator');
    await page.getByRole('button', { name: 'Legg til deltaker' }).click();
    // The new row's name field has the focus: the keyboard goes on from there.
    await page.keyboard.type('Lucía Morales');
    await page.getByLabel(/^Organisasjon og rolle/).nth(1).fill('Municipalidad de San Juan Comalapa');
    await page.getByLabel(/^Gjennomgått framdrift/).fill('Avfallsinnsamlingen dekker nå fire soner; kvinnegruppene møtes hver måned.');
    await page.getByRole('button', { name: 'Legg til vedtak' }).click();
    await page.getByLabel('Type vedtak').selectOption({ label: 'Arbeidsplan godkjent' });
    await page.getByLabel('Hva som ble vedtatt').fill('Arbeidsplanen for 2027 er godkjent.');
    await page.getByRole('button', { name: 'Registrer møtet' }).click();

    await expect(page.getByText('Møtet er registrert.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^Årsmøte / })).toBeVisible();
    await expect(page.getByText('Arbeidsplanen for 2027 er godkjent.')).toBeVisible();
    await expectAccessible(page, 'the meeting page');
  });

  test('the partner coordinator sees the meeting in Spanish on the partnership page', async ({ page }) => {
    await signIn(page, 'comalapa@mic.example');
    await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
    const section = page.getByRole('region', { name: 'Reuniones anuales' });
    const row = section.getByRole('row', { name: new RegExp(PLACE.replace(/[()]/g, '\\$&')) });
    await expect(row).toContainText('Plan de trabajo aprobado');
    await expect(row).toContainText('2');
    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /^Reunión anual del / })).toBeVisible();
    await expect(page.getByText('Plan de trabajo aprobado:')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Editar la reunión' })).toBeVisible();
    await expectAccessible(page, 'the meeting page in Spanish');
  });
});
