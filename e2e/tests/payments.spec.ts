import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

const OVERRIDE = 'The report arrived by e-mail and is registered next week; the payment cannot wait.';
const REFERENCE = 'KS-E2E-0042';

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

/** The value beside a term in the totals (a description list). */
const fact = (page: Page, term: string) => page.locator('.facts__row', { has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');

test.describe.serial('grants and instalments', () => {
  test('the programme officer reads the funds and the plan, approves a held-back instalment with a reason and records its payment', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'officer@mic.example');
    await inEnglish(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Funds' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programme funds' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('table', { name: /^Funds by funding source/ })).toBeVisible();
    await expectAccessible(page, 'the programme funds');

    // The payments plan, from the funds page; then, by address, the months of Stjørdal's second instalment of 2025.
    await page.getByRole('link', { name: 'Payments plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments plan' })).toBeVisible();
    await settled(page);
    // Instalments due before this month and still unpaid are said above the plan, with the way to them.
    await expect(page.getByText(/due before .* not paid yet/)).toBeVisible();
    await page.getByRole('button', { name: /^Show them from/ }).click();
    await settled(page);
    await expect(page.getByRole('table', { name: 'Instalments due in the period' }).getByRole('row', { name: /Stjørdal – Panajachel/ })).toBeVisible();
    await page.goto('/programme/payments?from=2025-09&months=3');
    await expect(page.getByLabel('From month')).toHaveValue('2025-09');
    await page.getByLabel('Status', { exact: true }).selectOption('planned');
    await expect(page).toHaveURL(/from=2025-09&months=3&status=planned/);
    await settled(page);
    const planned = page.getByRole('table', { name: 'Instalments due in the period' }).getByRole('row', { name: /Stjørdal – Panajachel/ });
    await expect(planned).toContainText('NOK 375,000.00');
    await expect(planned).toContainText('Planned');
    await expect(page.getByRole('table', { name: /^Sums by month and funding source/ })).toBeVisible();
    await expectAccessible(page, 'the payments plan');

    // From the funds of 2025 to Stjørdal's payments.
    await page.goto('/programme/funds?year=2025');
    await settled(page);
    await page.getByRole('link', { name: /^Stjørdal – Panajachel/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Grants and payments' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('heading', { name: 'Payments are held back' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Annual report 2025 is overdue' })).toBeVisible();
    await expect(fact(page, 'Paid')).toHaveText('NOK 1,095,000.00');
    await expect(fact(page, 'Remaining to pay')).toHaveText('NOK 375,000.00');
    await expectAccessible(page, "Stjørdal's payments");

    // Escape leaves the dialog without a change.
    const approve = page.getByRole('button', { name: 'Approve: instalment 2025 no. 2' });
    await approve.click();
    const dialog = page.getByRole('dialog', { name: 'Approve the instalment' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // The report is overdue: approving asks for a written reason, kept with the instalment.
    await approve.click();
    await expect(dialog.getByText('The partnership has overdue reports.', { exact: false })).toBeVisible();
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(dialog.getByRole('link', { name: 'Write why the instalment is approved despite the overdue report.' })).toBeVisible();
    await expectAccessible(page, 'the approve dialog with its error');
    await dialog.getByLabel('Reason for approving despite the overdue report').fill(OVERRIDE);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Instalment 2025 no. 2 is now: Approved.')).toBeVisible();
    const row = page.getByRole('row', { name: /^2025 no\. 2/ });
    await expect(row).toContainText('Approved');
    await expect(row).toContainText(`Approved despite an overdue report: ${OVERRIDE}`);

    // The payment: date (today) and the reference.
    await row.getByRole('button', { name: 'Record payment: instalment 2025 no. 2' }).click();
    const pay = page.getByRole('dialog', { name: 'Record the payment' });
    await expect(pay.getByLabel('Date paid')).not.toHaveValue('');
    await pay.getByLabel('Payment reference').fill(REFERENCE);
    await expectAccessible(page, 'the payment dialog');
    await pay.getByRole('button', { name: 'Record payment' }).click();
    await expect(pay).toBeHidden();
    await expect(page.getByText('Instalment 2025 no. 2 is now: Paid.')).toBeVisible();
    await expect(row).toContainText(`reference ${REFERENCE}`);
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(fact(page, 'Paid')).toHaveText('NOK 1,470,000.00');
    await expect(fact(page, 'Remaining to pay')).toHaveText('NOK 0.00');
  });

  test("a coordinator reads the partnership's payments but cannot act on them", async ({ page }) => {
    // Ingrid, the home coordinator of Stord, works in Norwegian.
    await signIn(page, 'stord@mic.example');
    await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
    await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
    await page.getByRole('region', { name: 'Budsjett og utbetalinger' }).getByRole('link', { name: 'Utbetalinger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tilskudd og utbetalinger' })).toBeVisible();
    await settled(page);
    const instalments = page.getByRole('table', { name: 'Utbetalinger med status' });
    await expect(instalments.getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Handlinger' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    // The programme's funds are not for coordinators: neither in the menu nor by address.
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Midler' })).toHaveCount(0);
    await expectAccessible(page, "Stord's payments, read-only");
  });
});
