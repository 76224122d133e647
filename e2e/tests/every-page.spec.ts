import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const LANGUAGES = [
  { button: 'English', lang: 'en' },
  { button: 'Norsk bokmål', lang: 'nb' },
  { button: 'Español', lang: 'es' },
] as const;

test('every page passes axe-core in every language', async ({ page }) => {
  // Some forty pages in three languages, each judged by axe-core after it settles.
  test.setTimeout(600_000);
  await page.goto('/sign-in');
  for (const { button, lang } of LANGUAGES) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectAccessible(page, `the sign-in page (${lang})`);
  }

  await signIn(page, 'admin@mic.example');
  await page.getByRole('link', { name: /^Stord – San Juan Comalapa/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const partnership = new URL(page.url()).pathname;
  const pages = [
    '/partnerships',
    '/partnerships?region=guatemala&status=active',
    partnership,
    `${partnership}/edit`,
    '/partnerships/new',
    '/municipalities',
    '/municipalities/new',
    '/users',
    '/users/invite',
    '/programme',
    '/account/password',
    '/no-such-page',
    `${partnership}/risks`,
    `${partnership}/documents`,
    `${partnership}/documents?category=council_decision`,
    `${partnership}/agreement`,
    '/risks',
    '/risks?region=guatemala&list=overdue',
    `${partnership}/results`,
    `${partnership}/results/tracking`,
    `${partnership}/results/tracking?level=outcome`,
    '/programme/results',
    '/',
    '/calendar',
    `/calendar?year=${new Date().getFullYear() + 1}&funding=mfa`,
    '/programme/cycle',
    '/programme/agreement',
    '/programme/agreement?language=es',
    '/events',
    '/events?upcoming=true',
    '/events/new',
    '/admin/outbox',
    '/admin/outbox?status=held',
    '/applications',
    '/applications?status=submitted&funding=mfa',
    `${partnership}/budget`,
    `${partnership}/budget?year=2025`,
    `${partnership}/payments`,
    '/programme/budget-rules',
    '/programme/funds',
    '/programme/funds?year=2025&funding=norad',
    '/programme/payments',
    '/programme/payments?from=2025-01&months=12&status=paid',
    `${partnership}/reports`,
    `${partnership}/audits`,
    `${partnership}/audits/new`,
    '/reports',
    '/reports?year=2025&status=overdue',
    '/programme/reports/consolidated?funding=norad&year=2025',
    '/programme/reports/consolidated?funding=mfa&year=2025',
    `${partnership}/publication`,
    '/programme/iati',
    '/public',
    '/public/partnerships',
    '/public/partnerships?country=GT&status=active',
    `/public${partnership}`,
  ];
  // A risk's own page, when the demo register has one.
  const register = await page.evaluate(async (path) => (await fetch(`/api${path}/risks?pageSize=1`)).json(), partnership);
  if (register.items?.[0]) pages.push(`${partnership}/risks/${register.items[0].id}`);
  // A result's and an indicator's own pages, from the demo framework.
  const framework = await page.evaluate(async (path) => (await fetch(`/api${path}/results`)).json(), partnership);
  if (framework.results?.[1]) pages.push(`${partnership}/results/${framework.results[1].id}`);
  if (framework.indicators?.[0]) pages.push(`${partnership}/results/indicators/${framework.indicators[0].id}`);
  // An event's own page and its form, from the demo events.
  const events = await page.evaluate(async () => (await fetch('/api/events?pageSize=1')).json());
  if (events.items?.[0]) pages.push(`/events/${events.items[0].id}`, `/events/${events.items[0].id}/edit`);
  // An application of the partnership, from the demo applications.
  const applications = await page.evaluate(async (path) => (await fetch(`/api${path}/applications`)).json(), partnership);
  if (Array.isArray(applications) && applications[0]) pages.push(`${partnership}/applications/${applications[0].id}`);
  // The partnership's reports (the accepted 2025 one and this year's draft), from the demo.
  const reports = await page.evaluate(async (path) => (await fetch(`/api${path}/reports`)).json(), partnership);
  for (const r of reports.items ?? []) pages.push(`${partnership}/reports/${r.id}`);
  // An audit's own page: Gran – Mukono's final audit, from the demo.
  const gran = await page.evaluate(async () => (await fetch('/api/partnerships?search=Mukono')).json());
  if (gran.items?.[0]) {
    const audits = await page.evaluate(async (id) => (await fetch(`/api/partnerships/${id}/audits`)).json(), gran.items[0].id);
    if (audits.items?.[0]) pages.push(`/partnerships/${gran.items[0].id}/audits/${audits.items[0].id}`);
  }
  // The annual meeting form, and a meeting's own page and form when the demo has one.
  pages.push(`${partnership}/meetings/new`);
  const meetings = await page.evaluate(async (path) => (await fetch(`/api${path}/meetings?pageSize=1`)).json(), partnership);
  if (meetings.items?.[0]) pages.push(`${partnership}/meetings/${meetings.items[0].id}`, `${partnership}/meetings/${meetings.items[0].id}/edit`);

  for (const { button, lang } of LANGUAGES) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Let the page's data arrive before judging it.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectAccessible(page, `${path} (${lang})`);
    }
  }
});

test('a user with a dialog open still meets WCAG', async ({ page }) => {
  await signIn(page, 'admin@mic.example');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: /^Manage / }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'the manage-user dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
