import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA, expectAccessible } from './support';

// A visitor whose browser speaks Spanish, who has no account: the portal speaks Spanish without being asked.
test.use({ locale: 'es-ES' });

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Laster|Loading|Cargando/ })).toHaveCount(0);
}

test.describe('the public portal', () => {
  test('an anonymous visitor reads the programme, filters the partnerships by country, opens one and downloads the open data', async ({ page }) => {
    // The way in from the sign-in page, for someone without an account.
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Vea lo que logra el programa' }).click();
    await expect(page).toHaveURL(/\/public$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Cooperación Internacional Municipal' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('link', { name: 'Iniciar sesión' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Asociaciones por región' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Concedido y pagado por año (NOK)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Asociaciones en CSV' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', /creativecommons\.org\/licenses\/by\/4\.0/);
    await expect(page.getByRole('link', { name: 'Archivo IATI (XML)' })).toHaveAttribute('href', '/api/iati/activities.xml');
    await expectAccessible(page, 'the public programme page');

    // The list, filtered by country: the filter goes into the address, so the view can be shared.
    await page.getByRole('link', { name: 'Ver todas las asociaciones' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Asociaciones' })).toBeVisible();
    await settled(page);
    const table = page.getByRole('table', { name: 'Asociaciones públicas' });
    await expect(table.getByRole('link', { name: /^Gran – Mukono/ })).toBeVisible();
    await page.getByLabel('País').selectOption('GT');
    await expect(page).toHaveURL(/\/public\/partnerships\?country=GT$/);
    await settled(page);
    await expect(table.getByRole('link', { name: /^Gran – Mukono/ })).toHaveCount(0);
    await expect(table.getByRole('link', { name: STORD_COMALAPA })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Mostrando 1–2 de 2$/ })).toBeVisible();
    await expectAccessible(page, 'the public list filtered by country');

    // The open data for the same filter: a CSV file, not a page.
    const csvHref = await page.getByRole('link', { name: 'Asociaciones en CSV' }).getAttribute('href');
    expect(csvHref).toBe('/api/public/data/partnerships.csv?country=GT');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('Comalapa');

    // A partnership: its facts, money, approved results with a table, and its IATI identifier.
    await table.getByRole('link', { name: STORD_COMALAPA }).click();
    await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA })).toBeVisible();
    await settled(page);
    await expect(page).toHaveURL(/\/public\/partnerships\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Sobre la asociación' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Dinero por año (NOK)' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Resultados' })).toBeVisible();
    const resultTables = page.getByRole('table', { name: /^Metas y valores reales de / });
    expect(await resultTables.count()).toBeGreaterThan(0);
    await expect(resultTables.first().getByRole('columnheader', { name: 'Real' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Esta asociación como actividad IATI (XML)' })).toHaveAttribute('href', /^\/api\/iati\/activities\/[0-9a-f-]{36}\.xml$/);
    // No one's name, e-mail or phone number on a public page.
    await expect(page.locator('body')).not.toContainText(/@mic\.example|Ingrid Sæbø|Lucía Morales|Marius Aune/);
    await expectAccessible(page, 'a public partnership');

    // Shared links work as they are, even straight into a filtered list.
    await page.goto('/public/partnerships?country=GT&q=Stord');
    await settled(page);
    await expect(page.getByLabel('Buscar', { exact: true })).toHaveValue('Stord');
    await expect(table.getByRole('link', { name: STORD_COMALAPA })).toBeVisible();
  });

  test('the public pages fit a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/public', '/public/partnerships']) {
      await page.goto(path);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
    await page.getByRole('table', { name: 'Asociaciones públicas' }).getByRole('link').first().click();
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'a partnership page is wider than the screen').toBeLessThanOrEqual(0);
    await expectAccessible(page, 'a public partnership on a phone');
  });
});
