import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, selectOptionContaining, signIn } from './support';

async function signInInEnglish(page: Page) {
  await signIn(page, 'officer@mic.example');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Marius works in Norwegian; he switches to English (once: the choice is kept for his account).
  if ((await page.locator('html').getAttribute('lang')) === 'nb') {
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerskap' })).toBeVisible();
    await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerships' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

const bodyRows = (page: Page) => page.getByRole('table').locator('tbody tr');

test('a programme officer filters the partnership list', async ({ page }) => {
  await signInInEnglish(page);
  await expect(bodyRows(page)).toHaveCount(10);
  await expectAccessible(page, 'the full partnership list');

  await page.getByLabel('Region').selectOption({ label: 'The Balkans' });
  await expect(page).toHaveURL(/region=balkans/);
  await expect(bodyRows(page)).toHaveCount(3);
  await expect(page.getByRole('link', { name: /Klepp – Donji Vakuf/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Stord – San Juan Comalapa/ })).toHaveCount(0);

  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await expect(page).toHaveURL(/status=active/);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Klepp – Donji Vakuf/ })).toBeVisible();
  await expectAccessible(page, 'the filtered list');

  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(bodyRows(page)).toHaveCount(10);

  await page.getByLabel('Search partnerships').fill('mukono');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Gran – Mukono/ })).toBeVisible();

  // The filters live in the address: a reload keeps them.
  await page.reload();
  await expect(page.getByLabel('Search partnerships')).toHaveValue('mukono');
  await expect(bodyRows(page)).toHaveCount(1);

  await page.getByLabel('Search partnerships').fill('no such partnership');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('No partnerships match the search and filters.')).toBeVisible();
});

test('a programme officer creates a partnership, and is stopped at a third purpose', async ({ page }) => {
  await signInInEnglish(page);
  await page.getByRole('link', { name: 'New partnership' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New partnership' })).toBeVisible();
  await expectAccessible(page, 'the empty create form');

  await page.getByLabel('Title').fill('Gran – Mukono: a second phase (e2e)');
  await selectOptionContaining(page.getByLabel('Home municipality'), 'Gran');
  await selectOptionContaining(page.getByLabel('Partner municipality'), 'Mukono');
  await page.getByLabel('Funding source').selectOption({ label: 'Norad' });
  await page.getByLabel('Start year').fill('2027');
  await expect(page.getByLabel('End year')).toHaveValue('2029');
  await page.getByLabel('Working language').selectOption('en');

  const purposes = page.getByRole('group', { name: /Programme purposes/ });
  await purposes.getByRole('checkbox', { name: 'Efficient local service delivery' }).check();
  await purposes.getByRole('checkbox', { name: 'Environmental concerns in local plans' }).check();
  await purposes.getByRole('checkbox', { name: 'Transparency and accountability in local government' }).check();
  const limit = 'A partnership can address at most 2 of the programme purposes.';
  await expect(purposes.getByText(limit)).toBeVisible();
  await page.getByRole('button', { name: 'Create partnership' }).click();
  await expect(page.getByRole('link', { name: limit })).toBeVisible();
  await expectAccessible(page, 'the create form with an error summary');

  await purposes.getByRole('checkbox', { name: 'Environmental concerns in local plans' }).uncheck();
  await page.getByRole('button', { name: 'Create partnership' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gran – Mukono: a second phase (e2e)' })).toBeVisible();
  await expect(page.getByText('The partnership has been created.')).toBeVisible();
  await expect(page.getByText('2027').first()).toBeVisible();
  await expectAccessible(page, 'the new partnership');

  // It is in the list for the programme office.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Partnerships' }).click();
  await expect(page.getByRole('link', { name: 'Gran – Mukono: a second phase (e2e)' })).toBeVisible();
});

test('a programme officer registers and edits a municipality', async ({ page }) => {
  await signInInEnglish(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Municipalities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeVisible();
  await page.getByRole('link', { name: 'Add municipality' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add municipality' })).toBeVisible();

  await page.getByLabel('Name').fill('Voss');
  await page.getByLabel('Country').selectOption('NO');
  await page.getByLabel('Organisation number (optional)').fill('123456789');
  await page.getByRole('button', { name: 'Add municipality' }).click();
  await expect(page.getByRole('link', { name: /organisation number/i })).toBeVisible();
  await expectAccessible(page, 'the municipality form with an error');

  // A number whose last digit is a valid mod-11 check digit.
  await page.getByLabel('Organisation number (optional)').fill('988582042');
  await page.getByRole('button', { name: 'Add municipality' }).click();
  await expect(page.getByText('Voss has been added to the register.')).toBeVisible();

  await page.getByLabel('Search municipalities').fill('voss');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('link', { name: 'Edit Voss' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit municipality' })).toBeVisible();
  await expect(page.getByLabel('Organisation number (optional)')).toHaveValue('988582042');
  await page.getByLabel('Name').fill('Voss herad');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes to Voss herad have been saved.')).toBeVisible();
});
