import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

/** The 2026 report of Stord – San Juan Comalapa: the demo leaves it in draft. */
const YEAR = 2026;
const RISK_REVIEW = 'Two risks were rated down after the new collection contract; the flood risk stays high.';
const KEPT_LESSONS = 'Kept in the browser while the connection was down.';
const CHANGED_LESSONS = 'Women leaders need childcare during the council meetings; the municipality now pays for it.';

interface Row {
  lineId: string;
  currency: string | null;
  budget: number;
  localBudget: number | null;
  actual: number | null;
  explanationNeeded: boolean;
}
interface Report {
  id: string;
  partnershipId: string;
  year: number;
  indicators: { id: string; name: Record<string, string>; target: number | null; actual: number | null; valueStatus: string | null }[];
  financial: { rows: Row[] };
}

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Laster|Loading|Cargando/ })).toHaveCount(0);
}

/** The account's language is kept on the server: switch to English, and say what it was to switch back. */
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

/** "1234.50" from øre (or "1234" for a currency without minor units), with string arithmetic only. */
function typed(minor: number, digits: number) {
  if (digits === 0) return String(minor);
  const s = String(minor).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

async function openReport(page: Page): Promise<string> {
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const partnershipUrl = new URL(page.url()).pathname;
  await page.goto(`${partnershipUrl}/reports`);
  await expect(page.getByRole('heading', { level: 1, name: /Annual reports|Årsrapporter|Informes anuales/ })).toBeVisible();
  return partnershipUrl;
}

let reportPath = '';

test.describe.serial('annual report', () => {
  test('the home coordinator writes the report (a failed save is retried, not lost), sees what is missing and confirms', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'stord@mic.example');
    await openReport(page);
    const language = await inEnglish(page);
    await settled(page);
    const row = page.getByRole('table', { name: 'Annual reports by year' }).getByRole('row', { name: new RegExp(`Annual report ${YEAR}`) });
    await expect(row).toContainText('Draft');
    await expectAccessible(page, 'the reports of a partnership');
    await row.getByRole('link', { name: `Annual report ${YEAR}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Annual report ${YEAR}` })).toBeVisible();
    await settled(page);
    reportPath = new URL(page.url()).pathname;
    const reportId = reportPath.split('/').pop()!;
    const status = page.locator('.report-save [role="status"]');
    await expect(status).toHaveText('Saved');
    await expectAccessible(page, 'the report editor');

    // The first save fails (the server is unreachable for a moment); the text stays, is retried and saved.
    let failed = 0;
    let saves = 0;
    await page.route('**/api/reports/*/content', async (route) => {
      saves++;
      if (failed === 0) {
        failed++;
        await route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ code: 'INTERNAL_ERROR', detail: '' }) });
      } else await route.fallback();
    });
    await page.getByRole('textbox', { name: 'Risk review', exact: true }).fill(RISK_REVIEW);
    await expect(status).toHaveText('Not saved — retrying…');
    await expect(page.getByRole('button', { name: 'Save now' })).toBeVisible();
    await expect(status).toHaveText(/^Saved/, { timeout: 15_000 });
    expect(saves).toBeGreaterThanOrEqual(2);
    await page.unroute('**/api/reports/*/content');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Risk review', exact: true })).toHaveValue(RISK_REVIEW);

    // What is missing is listed and leads to its field.
    const missing = page.getByRole('region', { name: /things? (is|are) missing/ });
    await expect(missing.getByRole('link', { name: 'The lessons learnt' })).toBeVisible();
    await expect(missing.getByRole('link', { name: 'The risk review' })).toHaveCount(0);
    await missing.getByRole('link', { name: 'The lessons learnt' }).click();
    await expect(page.getByRole('textbox', { name: 'Lessons learnt', exact: true })).toBeFocused();

    // Offline: nothing reaches the server, but the browser keeps the text and offers it back after a reload.
    await page.route('**/api/reports/*/content', (route) => route.abort('internetdisconnected'));
    await page.getByRole('textbox', { name: 'Lessons learnt', exact: true }).fill(KEPT_LESSONS);
    await expect(status).toHaveText('Not saved — retrying…');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.unroute('**/api/reports/*/content');
    await page.reload();
    await settled(page);
    await expect(page.getByText(/^This browser kept text you wrote/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Lessons learnt', exact: true })).toHaveValue('');
    await page.getByRole('button', { name: 'Restore my text' }).click();
    await expect(page.getByRole('textbox', { name: 'Lessons learnt', exact: true })).toHaveValue(KEPT_LESSONS);
    await expect(status).toHaveText(/^Saved/, { timeout: 15_000 });
    await expect(missing.getByRole('link', { name: 'The lessons learnt' })).toHaveCount(0);

    // The indicators' missing values go into the results framework (one source of truth): the first from the
    // report itself, with the framework's own dialog; the others through its API.
    const first = (await (await page.request.get(`/api/reports/${reportId}`)).json()) as Report;
    const framework = (await (await page.request.get(`/api/partnerships/${first.partnershipId}/results`)).json()) as { indicators: { id: string; kind: string }[] };
    const numeric = new Set(framework.indicators.filter((i) => i.kind === 'quantitative').map((i) => i.id));
    const quantitative = first.indicators.find((i) => i.valueStatus === null && i.target !== null && numeric.has(i.id))!;
    await page.getByRole('button', { name: `Enter the value of “${quantitative.name.en ?? Object.values(quantitative.name)[0]}”` }).click();
    const dialog = page.getByRole('dialog');
    await expectAccessible(page, 'entering an indicator value from the report');
    await dialog.getByLabel('Value', { exact: true }).fill(String(quantitative.target));
    await dialog.getByRole('button', { name: 'Save the value' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Enter the value of “${quantitative.name.en ?? Object.values(quantitative.name)[0]}”` })).toHaveCount(0);
    const report = (await (await page.request.get(`/api/reports/${reportId}`)).json()) as Report;
    expect(report.indicators.find((i) => i.id === quantitative.id)!.actual).toBe(quantitative.target);
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    for (const indicator of report.indicators.filter((i) => i.valueStatus === null || i.valueStatus === 'returned')) {
      const answer = await page.request.put(`/api/partnerships/${report.partnershipId}/indicators/${indicator.id}/values/${YEAR}`, {
        data: { value: indicator.target ?? 1 },
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(answer.ok()).toBe(true);
    }

    for (const field of await page.getByRole('textbox', { name: /^How the outputs contributed to/ }).all()) {
      if (!(await field.inputValue())) await field.fill('The outputs moved the outcome forward as planned.');
    }
    await page.getByRole('textbox', { name: 'Notes on the indicators' }).fill('Two values were measured late, in January.');
    await page.getByRole('textbox', { name: 'What the home municipality learnt' }).fill('Stord now plans with citizen panels, as Comalapa does.');
    await page.getByRole('textbox', { name: 'Lessons learnt', exact: true }).fill('Start the waste sorting campaign in the schools.');
    await page.getByRole('textbox', { name: 'How the partnership was made known in the home municipality' }).fill('An exhibition in the town hall.');
    await page.getByRole('textbox', { name: 'How the partnership was made known in the partner municipality' }).fill('Radio spots and a market day stand.');
    // Every line spent as budgeted (a local-currency line in its own currency), except where an actual is already there.
    for (const [i, r] of report.financial.rows.entries()) {
      const field = page.locator(`#report-financial-lines-${i}-actual`);
      if (r.actual === null) await field.fill(typed(r.currency ? r.localBudget! : r.budget, r.currency === 'UGX' ? 0 : 2));
    }
    for (const field of await page.getByRole('textbox', { name: /^Explanation of the variance on .* \(needed\)$/ }).all()) {
      await field.fill('Flights were cheaper than budgeted.');
    }
    await page.getByRole('textbox', { name: 'Unspent funds: why, and what happens to them' }).fill('The remainder is carried over to the next year’s work plan.');
    await expect(status).toHaveText(/^Saved/, { timeout: 15_000 });
    await page.reload();
    await settled(page);
    // Variances beyond the threshold on lines explained after the reload too.
    for (const field of await page.getByRole('textbox', { name: /^Explanation of the variance on .* \(needed\)$/ }).all()) {
      if (!(await field.inputValue())) await field.fill('Prices went up during the year.');
    }
    await expect(status).toHaveText(/^Saved/, { timeout: 15_000 });
    await expect(page.getByText('Nothing is missing: the report can be confirmed and submitted.')).toBeVisible();

    // Submitting before both coordinators confirm is refused.
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /confirm/i })).toBeVisible();
    await page.getByRole('button', { name: 'Confirm the report for my municipality' }).click();
    await expect(page.getByText(/^Home municipality: confirmed by/)).toBeVisible();
    await expectAccessible(page, 'the report, complete and confirmed by one side');
    await backTo(page, language);
  });

  test('the partner coordinator confirms and submits', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, 'comalapa@mic.example');
    await page.goto(reportPath);
    const language = await inEnglish(page);
    await settled(page);
    await page.getByRole('button', { name: 'Confirm the report for my municipality' }).click();
    await expect(page.getByText(/^Partner municipality: confirmed by/)).toBeVisible();
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect(page.locator('.facts').getByText('Submitted', { exact: true })).toBeVisible();
    // Now read-only.
    await expect(page.getByRole('textbox', { name: 'Risk review', exact: true })).toHaveCount(0);
    await expect(page.getByText(RISK_REVIEW)).toBeVisible();
    await backTo(page, language);
  });

  test('the programme officer returns the report with a comment on a section', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, 'officer@mic.example');
    await page.goto(reportPath);
    const language = await inEnglish(page);
    await settled(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Review', exact: true })).toBeVisible();
    await expectAccessible(page, 'the review of a submitted report');
    await page.getByRole('button', { name: 'Return for changes' }).click();
    await expect(page.getByText('Write a comment on at least one section to return the report.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Comment on “Lessons learnt” (for the coordinators)' }).fill('Say what the municipality does differently now.');
    await page.getByRole('button', { name: 'Return for changes' }).click();
    await expect(page.getByText('The report has been returned to the coordinators with your comments.')).toBeVisible();
    await expect(page.locator('.facts').getByText('Returned for changes')).toBeVisible();
    await backTo(page, language);
  });

  test('the coordinator reads the comment beside its section, changes the section and confirms again', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'stord@mic.example');
    await page.goto(reportPath);
    const language = await inEnglish(page);
    await settled(page);
    const lessons = page.locator('#report-section-lessons');
    await expect(lessons.getByText('Say what the municipality does differently now.')).toBeVisible();
    await lessons.getByRole('textbox', { name: 'Lessons learnt', exact: true }).fill(CHANGED_LESSONS);
    const status = page.locator('.report-save [role="status"]');
    await expect(status).toHaveText(/^Saved/, { timeout: 15_000 });
    // The change cleared both confirmations: each side confirms again before the resubmission.
    await expect(page.getByText('Home municipality: not confirmed yet')).toBeVisible();
    await page.getByRole('button', { name: 'Confirm the report for my municipality' }).click();
    await expect(page.getByText(/^Home municipality: confirmed by/)).toBeVisible();
    await expectAccessible(page, 'a returned report with the comments beside their sections');
    await backTo(page, language);
  });

  test('the partner confirms again and resubmits; the versions compare section by section', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, 'comalapa@mic.example');
    await page.goto(reportPath);
    const language = await inEnglish(page);
    await settled(page);
    await page.getByRole('button', { name: 'Confirm the report for my municipality' }).click();
    await expect(page.getByText(/^Partner municipality: confirmed by/)).toBeVisible();
    await page.getByRole('button', { name: 'Resubmit the report' }).click();
    await expect(page.locator('.facts').getByText('Resubmitted', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Compare version 2 with the previous version' }).click();
    const compare = page.locator('.report-compare');
    await expect(compare.getByRole('heading', { name: 'Version 2 compared with version 1' })).toBeVisible();
    await expect(compare.locator('ins').filter({ hasText: 'childcare' })).toBeVisible();
    await expect(compare.locator('del').filter({ hasText: 'schools' })).toBeVisible();
    await expect(compare.locator('ins .visually-hidden').first()).toHaveText('[added:');
    await expectAccessible(page, 'the comparison of two versions');
    await backTo(page, language);
  });

  test('the programme officer accepts the resubmitted report', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, 'officer@mic.example');
    await page.goto(reportPath);
    const language = await inEnglish(page);
    await settled(page);
    await expect(page.getByRole('heading', { name: 'Budget against actual, by category' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Budget and actual per category' })).toBeVisible();
    await page.getByRole('button', { name: 'Accept the report' }).click();
    await expect(page.getByText('The report has been accepted.')).toBeVisible();
    await expect(page.locator('.facts').getByText('Accepted', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reopen the report' })).toBeVisible();
    await backTo(page, language);
  });
});
