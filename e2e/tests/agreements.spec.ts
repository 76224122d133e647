import { expect, test } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

test('the programme office downloads the agreement, records the signatures and an amendment', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin@mic.example');
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await page.getByRole('region', { name: 'Agreement' }).getByRole('link', { name: 'Go to the agreement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Agreement – Stord/ })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  // The agreement in the working language (Spanish) and in Norwegian, as DOCX and PDF.
  const pdf = page.getByRole('link', { name: 'PDF, Norwegian Bokmål' });
  await expect(pdf).toHaveAttribute('href', /agreement\.pdf\?language=nb$/);
  await expect(page.getByRole('link', { name: /^Word document \(DOCX\), Spanish/ })).toBeVisible();
  const download = await page.request.get((await pdf.getAttribute('href'))!);
  expect(download.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(page, 'the agreement page');

  // The demo agreement is signed by all three, with the signed copy.
  await expect(page.getByRole('listitem').filter({ hasText: 'Signed copy: Samarbeidsavtale Stord – San Juan Comalapa (signert).pdf' })).toBeVisible();
  await expect(page.getByLabel('Choose the signed copy')).toHaveValue(/.+/);

  // A name without a date is refused at the field.
  const ks = page.getByRole('group', { name: 'KS' });
  await ks.getByLabel('Name of the signatory').fill('Director of International Projects');
  await ks.getByLabel('Date signed').fill('');
  await page.getByRole('button', { name: 'Save signatures' }).click();
  await expect(ks.getByText('Give both the name and the date, or leave both empty.')).toBeVisible();
  await expectAccessible(page, 'the signature form with an error');
  await ks.getByLabel('Date signed').fill('2025-01-15');
  await page.getByRole('button', { name: 'Save signatures' }).click();
  await expect(page.getByText('The signatures have been saved.')).toBeVisible();
  await expect(page.getByText('Signed by Director of International Projects on')).toBeVisible();

  const amendments = page.getByRole('region', { name: 'Amendments' });
  await amendments.getByRole('button', { name: 'Record amendment' }).click();
  await expect(amendments.getByText('Fill in this field.').first()).toBeVisible();
  await amendments.getByLabel('What changed').fill('Travel budget moved to training (e2e)');
  await amendments.getByLabel('Why').fill('Agreed at the annual meeting');
  await amendments.getByLabel('Effective from').fill('2026-01-01');
  await amendments.getByLabel('Approved by').fill('Annual meeting 2025');
  await amendments.getByLabel('Approved on').fill('2025-11-20');
  await amendments.getByRole('button', { name: 'Record amendment' }).click();
  await expect(page.getByText('The amendment has been recorded.')).toBeVisible();
  await expect(amendments.getByText('Travel budget moved to training (e2e)')).toBeVisible();
  await expectAccessible(page, 'the agreement page with an amendment');

  for (const [button, heading] of [['Norsk bokmål', /^Avtale – Stord/], ['Español', /^Acuerdo – Stord/]] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, `the agreement page (${button})`);
  }
});

test('the programme officer edits a section heading of the agreement template and puts it back', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'officer@mic.example');
  // Marius works in Norwegian: he switches the interface to English (kept for his account).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/programme/agreement?language=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Agreement template' })).toBeVisible();
  await expect(page.getByLabel('Language of the template')).toHaveValue('en');
  const heading = page.getByLabel('Heading of section 1', { exact: true });
  await expect(heading).not.toHaveValue('');
  const original = await heading.inputValue();
  await expectAccessible(page, 'the agreement template page');

  const save = async (value: string) => {
    await page.getByLabel('Heading of section 1', { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByText('The agreement template has been saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Heading of section 1', { exact: true })).toHaveValue(value);
  };
  await save(`${original} (e2e)`);
  await expect(page.getByRole('button', { name: 'Remove section 1' })).toBeVisible();
  await save(original);
  // The language choice is kept for his account: he goes back to Norwegian, as later journeys expect of him.
  await page.getByRole('button', { name: 'Norsk bokmål', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});
