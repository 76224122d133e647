import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

/** From the partnership list to the partnership's work plan and budget for 2026. */
async function openBudget(page: Page, linkName: RegExp) {
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  await page.getByRole('link', { name: linkName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/2026$/);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test.describe.serial('work plan and budget', () => {
  test('the Stord coordinator raises a line above the ceiling, is told so with the amounts, and saves within it', async ({ page }) => {
    test.setTimeout(120_000);
    // Ingrid works in Norwegian.
    await signIn(page, 'stord@mic.example');
    await openBudget(page, /^Arbeidsplan og budsjett$/);
    await expect(page.getByText('Utkast', { exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Budsjettposter for 2026' })).toContainText('151 875,00');

    await page.getByRole('button', { name: 'Rediger arbeidsplan og budsjett' }).click();
    const line = page.getByRole('group', { name: 'Budsjettpost 1', exact: true });
    const amount = line.getByLabel('Beløp', { exact: true });
    await amount.fill('351875');
    // The rule check runs as she types, in a polite live region, with both amounts.
    const check = page.getByRole('status').filter({ hasText: 'Budsjett totalt' });
    await expect(check).toContainText('Budsjettet for året er NOK 1 010 000,00, over taket på NOK 1 000 000,00 per partnerskap.');
    await page.getByRole('button', { name: 'Lagre arbeidsplan og budsjett' }).click();
    await expect(page.getByRole('link', { name: /over taket på NOK 1 000 000,00/ })).toBeVisible();
    await expectAccessible(page, 'the budget form with a rule broken');

    await amount.fill('161875');
    await expect(check).toContainText('Budsjettet holder seg innenfor programmets regler.');
    await expect(check).toContainText('820 000,00');
    await page.getByRole('button', { name: 'Lagre arbeidsplan og budsjett' }).click();
    await expect(page.getByText('Arbeidsplanen og budsjettet er lagret.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Budsjettposter for 2026' })).toContainText('161 875,00');
    await expect(page.getByRole('table', { name: 'Sum per side' })).toContainText('820 000,00');
  });

  test('the programme officer approves the plan at the annual meeting', async ({ page }) => {
    await signIn(page, 'officer@mic.example');
    await openBudget(page, /^Arbeidsplan og budsjett$/);
    await page.getByRole('button', { name: 'Godkjenn', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkjenn arbeidsplan og budsjett 2026' });
    await expect(dialog.getByLabel('Årsmøte')).toHaveValue(/.+/);
    await dialog.getByLabel('Merknad').fill('Godkjent på årsmøtet (e2e).');
    await expectAccessible(page, 'the approval dialog');
    await dialog.getByRole('button', { name: 'Godkjenn planen' }).click();
    await expect(page.getByText('Arbeidsplanen og budsjettet er godkjent.')).toBeVisible();
    const approval = page.getByRole('region', { name: 'Godkjenning' });
    await expect(approval).toContainText('Marius Aune');
    await expect(approval).toContainText('Godkjent på årsmøtet (e2e).');

    // The rules the plan was checked against are one link away (looked at, not changed: other journeys rely on them).
    await page.getByRole('link', { name: 'Programmets budsjettregler' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Budsjettregler' })).toBeVisible();
    await expect(page.getByLabel('Årlig tak per partnerskap')).toHaveValue('1000000,00');
    await expect(page.getByRole('checkbox', { name: 'Investeringer' })).toBeChecked();
    await expectAccessible(page, 'the budget rules');
  });

  test('the partner coordinator revises the approved budget with a reason, in Spanish, and the revision is kept', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'comalapa@mic.example');
    await openBudget(page, /^Plan de trabajo y presupuesto$/);
    await expect(page.getByText('Aprobado', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Editar el plan de trabajo y presupuesto' }).click();
    await page.getByRole('group', { name: 'Partida 1', exact: true }).getByLabel('Importe', { exact: true }).fill('151875');
    // An approved plan changes only with a reason.
    await page.getByRole('button', { name: 'Guardar el plan de trabajo y presupuesto' }).click();
    await expect(page.getByRole('link', { name: 'El presupuesto está aprobado: indique el motivo de esta revisión.' })).toBeVisible();
    await page.getByLabel('Motivo de la revisión').fill('Pasajes más baratos (e2e).');
    await page.getByRole('button', { name: 'Guardar el plan de trabajo y presupuesto' }).click();
    await expect(page.getByText('El plan de trabajo y presupuesto se ha guardado.')).toBeVisible();

    const revisions = page.getByRole('region', { name: 'Revisiones' });
    const revision = revisions.getByRole('listitem').filter({ hasText: 'Pasajes más baratos (e2e).' });
    await expect(revision).toContainText(/820\.000,00.*→.*810\.000,00/);
    await expect(revision.getByRole('table')).toContainText('151.875,00');
    await expect(page.getByText('Aprobado', { exact: true })).toBeVisible();
    await expectAccessible(page, 'the revised budget in Spanish');

    // The spreadsheet of the year answers.
    const href = await page.getByRole('link', { name: /XLSX/ }).getAttribute('href');
    const xlsx = await page.request.get(href!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  });
});
