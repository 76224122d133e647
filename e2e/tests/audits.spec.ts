import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

const FINDING = 'Two receipts for the clean-up day were missing from the ledger.';
const ACTION = 'The finance office files copies from the supplier.';
const SUMMARY_EN = 'Three partnerships reported on 2025; two reports were accepted.';
const SUMMARY_NB = 'Tre partnerskap rapporterte for 2025; to rapporter ble godkjent.';
const LESSONS_EN = 'Exchanges of staff did more than study tours.';

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Laster|Loading|Cargando/ })).toHaveCount(0);
}

/** Marius works in Norwegian unless an earlier journey switched his account to English (the choice is kept). */
async function inEnglish(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English', exact: true }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test.describe.serial('audits, the reports overview and the consolidated report', () => {
  test('the auditor records the audit of 2025 with a finding; it is saved incomplete until the audit report is chosen', async ({ page }) => {
    test.setTimeout(120_000);
    // Nina, the auditor of Stord – San Juan Comalapa, works in Norwegian.
    await signIn(page, 'auditor@mic.example');
    await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
    await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
    await page.getByRole('link', { name: 'Revisjon av regnskapet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Revisjoner' })).toBeVisible();
    await settled(page);
    await expect(page.getByText('Ingen revisjon er registrert ennå.')).toBeVisible();

    await page.getByRole('link', { name: 'Registrer en revisjon' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrer en revisjon' })).toBeVisible();
    await settled(page);
    // Nothing chosen for the year: the summary leads to the field.
    await page.getByRole('button', { name: 'Registrer revisjonen' }).click();
    await expect(page.getByRole('link', { name: 'Velg året som er revidert.' })).toBeVisible();
    await expectAccessible(page, 'the audit form with an error');

    await page.getByLabel('Revidert år').selectOption('2025');
    await page.getByLabel('Revisjonsselskap').fill('Revisjon Vest AS');
    await page.getByLabel('Godkjent revisor').fill('Kari Nordmann');
    await page.getByLabel('Fra', { exact: true }).fill('2025-01-01');
    await page.getByLabel('Til', { exact: true }).fill('2025-12-31');
    await page.getByRole('radio', { name: /^Uten forbehold/ }).check();
    await page.getByLabel('Konklusjonen er gitt med betryggende sikkerhet').check();
    await page.getByLabel('Vilkårene i avtalen for midlene ble overholdt').check();
    await page.getByRole('button', { name: 'Legg til et funn' }).click();
    const finding = page.getByRole('group', { name: 'Funn 1' });
    // The new row's first field has focus: she types straight in.
    await expect(finding.getByLabel('Funn', { exact: true })).toBeFocused();
    await page.keyboard.type(FINDING);
    await finding.getByLabel('Oppfølgingstiltak').fill(ACTION);
    await finding.getByLabel('Frist').fill('2026-06-30');
    await finding.getByLabel('Status').selectOption('in_progress');
    await page.getByRole('button', { name: 'Registrer revisjonen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Revisjon av regnskapet for 2025' })).toBeVisible();
    await expect(page.getByText('Revisjonen er registrert.')).toBeVisible();
    // No audit report among the partnership's documents yet: recorded, but not complete.
    await expect(page.getByText('Ufullstendig', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dette mangler før revisjonen er fullstendig' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Revisjonsberetningen$/ })).toBeVisible();
    await expect(page.getByLabel('Revisjonsselskap')).toHaveValue('Revisjon Vest AS');
    await expect(page.getByRole('group', { name: 'Funn 1' }).getByLabel('Funn', { exact: true })).toHaveValue(FINDING);
    await expectAccessible(page, 'the recorded audit');

    await page.getByRole('link', { name: 'Tilbake til revisjonene' }).click();
    await settled(page);
    const row = page.getByRole('table', { name: 'Revisjoner av partnerskapets regnskap' }).getByRole('row', { name: /Revisjon for 2025/ });
    await expect(row).toContainText('Revisjon Vest AS');
    await expect(row).toContainText('Uten forbehold');
    await expect(row).toContainText('Ufullstendig');
    await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  });

  test('the programme officer follows the reports, opens the consolidated report, writes its summary and downloads it', async ({ page }) => {
    test.setTimeout(150_000);
    await signIn(page, 'officer@mic.example');
    await inEnglish(page);

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Annual reports' })).toBeVisible();
    await page.getByLabel('Year reported on').selectOption('2025');
    await expect(page).toHaveURL(/year=2025/);
    await settled(page);
    const counts = page.getByRole('table', { name: /^Reports for 2025 by status/ });
    await expect(counts.getByRole('row', { name: /^Accepted/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Bar chart of the reports for 2025/ })).toBeVisible();
    await expectAccessible(page, 'the reports overview');

    // Overdue ones only: each row says so in words; the filter is in the address.
    await page.getByLabel('Status', { exact: true }).selectOption('overdue');
    await expect(page).toHaveURL(/status=overdue/);
    await settled(page);
    const list = page.getByRole('table', { name: 'Annual reports' });
    const rows = list.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    for (const r of await rows.all()) {
      if (await r.getByRole('columnheader').count()) continue;
      await expect(r).toContainText('Overdue');
    }
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(page).not.toHaveURL(/status=/);

    // From a row to the report: Stord's accepted report of 2025.
    await page.getByLabel('Search', { exact: true }).fill('Stord');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=Stord/);
    await settled(page);
    await expect(list.getByRole('link', { name: STORD_COMALAPA_LINK })).toHaveAttribute('href', /\/partnerships\/[^/]+\/reports\/[^/]+$/);

    // The consolidated report of Norad's partnerships for 2025.
    await page.getByRole('link', { name: 'The consolidated programme report for 2025' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consolidated programme report' })).toBeVisible();
    await page.getByLabel('Funding source').selectOption('norad');
    await expect(page).toHaveURL(/funding=norad/);
    await settled(page);
    const money = page.getByRole('table', { name: /^Granted, paid, spent and unspent per partnership in 2025/ });
    await expect(money.getByRole('row', { name: /^Total/ })).toContainText('NOK');
    await expect(money.getByRole('row', { name: STORD_COMALAPA_LINK })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Bar chart of the total granted, paid and spent in 2025/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Audits of the partnerships’ accounts' })).toBeVisible();
    await expectAccessible(page, 'the consolidated report');

    // The summary, in English and Norwegian.
    await page.getByRole('button', { name: 'Edit the narrative' }).click();
    await expect(page.getByLabel('Summary (English)')).toBeFocused();
    await page.getByLabel('Summary (English)').fill(SUMMARY_EN);
    await page.getByLabel('Summary (Norwegian)').fill(SUMMARY_NB);
    await expectAccessible(page, 'the narrative form');
    await page.getByRole('button', { name: 'Save the narrative' }).click();
    await expect(page.getByText('The narrative has been saved.')).toBeVisible();
    await expect(page.getByText(SUMMARY_EN)).toBeVisible();
    await expect(page.getByText(/^Last changed by Marius Aune/)).toBeVisible();

    // Someone else saves the lessons while he writes his own: his save is stopped, and he reloads theirs.
    await page.getByRole('button', { name: 'Edit the narrative' }).click();
    await page.getByLabel('Lessons learnt (English)').fill('Mine: visits work best in spring.');
    const session = await (await page.request.get('/api/auth/session')).json();
    const other = await page.request.put('/api/programme/consolidated-report/norad/2025', {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { version: 1, narrative: { summary: { en: SUMMARY_EN, nb: SUMMARY_NB }, lessons: { en: LESSONS_EN } } },
    });
    expect(other.status()).toBe(200);
    await page.getByRole('button', { name: 'Save the narrative' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this while you were editing.' })).toBeVisible();
    await page.getByRole('button', { name: 'Show the latest version' }).click();
    await expect(page.getByLabel('Lessons learnt (English)')).toHaveValue(LESSONS_EN);
    await page.getByRole('button', { name: 'Save the narrative' }).click();
    await expect(page.getByText('The narrative has been saved.')).toBeVisible();
    await expect(page.getByText(LESSONS_EN)).toBeVisible();

    // The files, in English and Norwegian.
    const types = {
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    for (const [name, format] of [
      ['PDF, English', 'pdf'],
      ['Word (DOCX), Norwegian', 'docx'],
      ['Excel annex (XLSX), English', 'xlsx'],
    ] as const) {
      const link = page.getByRole('link', { name, exact: true });
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`/api/programme/consolidated-report/norad/2025\\.${format}\\?lang=(en|nb)$`));
      const response = await page.request.get(href!);
      expect(response.status(), `${name}: ${href}`).toBe(200);
      expect(response.headers()['content-type']).toContain(types[format]);
      expect((await response.body()).length).toBeGreaterThan(1000);
    }

    // The language choice is kept for his account: back to Norwegian, as later journeys expect of him.
    await page.getByRole('button', { name: 'Norsk bokmål', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    // Read in Norwegian, the summary is the Norwegian one.
    await expect(page.getByText(SUMMARY_NB)).toBeVisible();
  });

  test('a qualified opinion is shown where the partnership’s money is, and leads to the audit', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'officer@mic.example');
    await inEnglish(page);
    await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
    await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
    await page.getByRole('link', { name: 'Audits of the accounts' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Audit of 2025' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit of the accounts for 2025' })).toBeVisible();
    await settled(page);
    // The office may correct the audit too: the opinion becomes qualified.
    await page.getByRole('radio', { name: /^Qualified/ }).check();
    await page.getByRole('button', { name: 'Save the audit' }).click();
    await expect(page.getByText('The audit has been saved.')).toBeVisible();

    const warning = 'The accounts for 2025 received a qualified opinion';
    await page.goto(page.url().replace(/\/audits\/.*$/, '/payments'));
    await expect(page.getByRole('heading', { level: 1, name: 'Grants and payments' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('link', { name: warning })).toBeVisible();
    await expectAccessible(page, 'the payments with an audit flag');
    await page.goto(page.url().replace(/\/payments$/, '/budget?year=2025'));
    await settled(page);
    await expect(page.getByRole('link', { name: warning })).toBeVisible();
    await page.goto('/programme/funds?year=2025');
    await settled(page);
    await expect(page.getByRole('row', { name: STORD_COMALAPA_LINK }).getByRole('link', { name: warning })).toBeVisible();

    // From the warning to the audit, and back to the opinion it had: later journeys expect a clean one.
    await page.getByRole('row', { name: STORD_COMALAPA_LINK }).getByRole('link', { name: warning }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit of the accounts for 2025' })).toBeVisible();
    await settled(page);
    await page.getByRole('radio', { name: /^Unmodified/ }).check();
    await page.getByRole('button', { name: 'Save the audit' }).click();
    await expect(page.getByText('The audit has been saved.')).toBeVisible();
    await page.goto('/programme/funds?year=2025');
    await settled(page);
    await expect(page.getByRole('row', { name: STORD_COMALAPA_LINK })).toBeVisible();
    await expect(page.getByRole('link', { name: warning })).toHaveCount(0);

    await page.getByRole('button', { name: 'Norsk bokmål', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});
