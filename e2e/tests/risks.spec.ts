import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

// Ingrid, the home coordinator of Stord – San Juan Comalapa, works in Norwegian: the journey uses her labels.
const RISK = 'Nytt kommunestyre etter valget i 2027 kan stanse sorteringsprosjektet (e2e)';

async function openStordRegister(page: Page) {
  await signIn(page, 'stord@mic.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  await page.getByRole('link', { name: 'Åpne risikoregisteret' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Risikoregister' })).toBeVisible();
}

test('a home coordinator adds a high risk, is stopped without a tolerance, documents it and completes the register', async ({ page }) => {
  test.setTimeout(120_000);
  await openStordRegister(page);
  await expectAccessible(page, 'the risk register');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Last ned registeret (XLSX)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^risks-Stord.*\.xlsx$/);

  // A new high risk: the rating and its band show as the scores are chosen.
  await page.getByRole('link', { name: 'Legg til en risiko' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Legg til en risiko' })).toBeVisible();
  await page.getByLabel('Beskrivelse').fill(RISK);
  await page.getByLabel('Kategori').selectOption({ label: 'Politisk' });
  await page.getByLabel('Intern eller ekstern').selectOption({ label: 'Ekstern' });
  await page.getByLabel('Eier', { exact: true }).fill('Ingrid Sæbø');
  await page.getByRole('group', { name: 'Sannsynlighet', exact: true }).getByRole('radio', { name: '5 – Svært sannsynlig' }).check();
  await page.getByRole('group', { name: 'Konsekvens', exact: true }).getByRole('radio', { name: '4 – Stor' }).check();
  await expect(page.getByText('Risikoverdi: 20 (Høy)')).toBeVisible();
  await expect(page.getByText(/En høy risiko må ha et tiltak som reduserer den/)).toBeVisible();
  await expectAccessible(page, 'the risk form with a live rating');
  await page.getByRole('button', { name: 'Legg til risikoen' }).click();
  await expect(page.getByText('Risikoen er lagt til i registeret.')).toBeVisible();
  await expectAccessible(page, 'the new risk');

  // Marking the register complete fails, in Norwegian, with a link to the risk.
  await page.getByRole('link', { name: 'Tilbake til risikoregisteret' }).click();
  await page.getByRole('button', { name: 'Merk registeret som fullstendig' }).click();
  const refusal = page.getByRole('link', { name: `Den høye risikoen «${RISK}» må ha et tiltak som reduserer den, eller en dokumentert toleranse (begrunnelse, hvem som godtok den, dato).` });
  await expect(refusal).toBeVisible();
  await expect(page.getByText('Registeret kunne ikke merkes som fullstendig:')).toBeVisible();
  await expectAccessible(page, 'the register refused as complete');

  // The tolerance is documented on the risk itself.
  await refusal.click();
  await expect(page.getByRole('heading', { level: 1, name: RISK })).toBeVisible();
  await page.getByRole('link', { name: 'Rediger risikoen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger risiko' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Dokumenter en toleranse for denne risikoen' }).check();
  await page.getByLabel('Begrunnelse').fill('Valget kan ikke påvirkes; begge kommunestyrene godtar risikoen og orienterer alle partier.');
  await page.getByLabel('Godtatt av').fill('Stord kommunestyre');
  await expectAccessible(page, 'the risk form with a tolerance');
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Risikoen er lagret.')).toBeVisible();
  await expect(page.getByText('Stord kommunestyre')).toBeVisible();

  await page.getByRole('link', { name: 'Tilbake til risikoregisteret' }).click();
  await page.getByRole('button', { name: 'Merk registeret som fullstendig' }).click();
  await expect(page.getByText('Registeret er merket som fullstendig.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gjør om til utkast' })).toBeVisible();

  // The heat map and the table beside it both show the risk at probability 5, consequence 4.
  const grid = page.getByRole('grid', { name: 'Risikomatrise' });
  await expect(grid.getByRole('gridcell', { name: 'Sannsynlighet 5, konsekvens 4: 1 risiko, Høy' })).toBeVisible();
  const table = page.getByRole('table', { name: /Antall åpne risikoer etter sannsynlighet/ });
  const row = table.getByRole('row', { name: /^5 – Svært sannsynlig/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');

  // By keyboard: one tab stop, arrows between cells, Enter lists the cell's risks.
  await grid.getByRole('gridcell', { name: /^Sannsynlighet 5, konsekvens 1:/ }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Sannsynlighet 5, konsekvens 4: 1 risiko, Høy');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: RISK }).first()).toBeVisible();
  await expectAccessible(page, 'the completed register with a chosen heat-map cell');

  // A review scores the risk again; the rating history shows both points.
  await page.getByRole('link', { name: RISK }).first().click();
  await page.getByRole('link', { name: 'Legg til en gjennomgang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Legg til en gjennomgang' })).toBeVisible();
  await page.getByRole('group', { name: 'Ny sannsynlighet' }).getByRole('radio', { name: '4 – Sannsynlig' }).check();
  await expect(page.getByText('Risikoverdi: 16 (Høy)')).toBeVisible();
  await page.getByRole('radio', { name: 'Holder delvis' }).check();
  await page.getByLabel('Korrigerende tiltak').fill('Møte med alle partiene før valgkampen.');
  await expectAccessible(page, 'the review form');
  await page.getByRole('button', { name: 'Legg til gjennomgangen' }).click();
  await expect(page.getByText('Gjennomgangen er lagt til.')).toBeVisible();
  const history = page.getByRole('table', { name: /Risikoens verdier over tid/ });
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('table', { name: /Gjennomganger/ }).getByText('Møte med alle partiene før valgkampen.')).toBeVisible();
  await expectAccessible(page, 'a reviewed risk');
});

test('the programme officer sees the risk in the programme-wide view', async ({ page }) => {
  await signIn(page, 'officer@mic.example');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English', exact: true }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Risks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Risks across the programme' })).toBeVisible();
  await expect(page.getByRole('link', { name: RISK })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Open risks by category and band' })).toBeVisible();
  await expectAccessible(page, 'the programme-wide risks');

  // Filters live in the address; the risk is in Guatemala.
  await page.getByLabel('Region').selectOption('guatemala');
  await expect(page).toHaveURL(/region=guatemala/);
  await expect(page.getByRole('link', { name: RISK })).toBeVisible();
  await page.getByRole('navigation', { name: 'Which risks to list' }).getByRole('link', { name: 'Tolerance documented' }).click();
  await expect(page).toHaveURL(/list=tolerated/);
  await expect(page).toHaveURL(/region=guatemala/);
  await expect(page.getByRole('link', { name: RISK })).toBeVisible();
  await expectAccessible(page, 'the programme-wide risks, filtered');

  // The officer reads the risk and may comment on it.
  await page.getByRole('link', { name: RISK }).click();
  await expect(page.getByRole('heading', { level: 1, name: RISK })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit risk' })).toHaveCount(0);
  await page.getByLabel('Your comment').fill('Please revisit this after the party meetings in February.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByText('Please revisit this after the party meetings in February.')).toBeVisible();
  await expectAccessible(page, 'a risk with a comment');

  // A partnership with a high risk that has no possible response: the office is told on its page.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Risks' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Continuation should be questioned' })).toBeVisible();
  await page.getByRole('link', { name: /^Kristiansand – Mykolaiv: .*\(one risk\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Risk register' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the partnership' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Continuation should be questioned' })).toBeVisible();
  await expectAccessible(page, 'a partnership whose continuation should be questioned');
});
