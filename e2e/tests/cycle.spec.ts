import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signInToOverview } from './support';

// The calendar opens on this year; the journeys plan the next one. Nothing here depends on today's date.
const NEXT_YEAR = new Date().getFullYear() + 1;
const NETWORK_MEETING = 'Network meeting and capacity building';
/** Stord – San Juan Comalapa anywhere in a text (its title may have been changed by another journey). */
const STORD_COMALAPA_TEXT = /Stord – San Juan Comalapa/;

async function inEnglish(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English', exact: true }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the Stord home coordinator lands on the overview and follows a due deadline to the partnership', async ({ page }) => {
  // Ingrid works in Norwegian: she signs in and starts on her overview.
  await signInToOverview(page, 'stord@mic.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dette har frist' })).toBeVisible();
  const due = page.getByRole('list', { name: 'Frister og arrangementer' });
  const stordItems = due.getByRole('listitem').filter({ hasText: STORD_COMALAPA_TEXT });
  await expect(stordItems.first()).toBeVisible();
  await expectAccessible(page, 'the overview with the due panel');

  // The deadline links to the partnership's deadlines section.
  const item = stordItems.first();
  const link = item.getByRole('link');
  await expect(link).toHaveAttribute('href', /\/partnerships\/[^/?]+\?deadlinesYear=\d{4}#deadlines$/);
  await link.click();
  await expect(page).toHaveURL(/\/partnerships\/[^/?]+\?deadlinesYear=\d{4}#deadlines$/);
  await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: 'Frister' });
  await expect(heading).toBeFocused();
  const table = page.getByRole('table', { name: /^Frister i tilskuddsåret \d{4}$/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // A member sees the deadlines but does not mark them.
  await expect(page.getByRole('button', { name: /^Merk som oppfylt/ })).toHaveCount(0);
  await expectAccessible(page, 'the partnership deadlines');

  // The deadlines as an .ics file for her calendar.
  const ics = page.getByRole('link', { name: 'Last ned kalender (.ics)' });
  const answer = await page.request.get((await ics.getAttribute('href'))!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(answer.headers()['content-disposition']).toMatch(/attachment; filename="deadlines-.*\.ics"/);
  expect(await answer.text()).toContain('BEGIN:VCALENDAR');
});

test('the programme officer sets next year’s network meeting, marks a deadline met and edits the reminders', async ({ page }) => {
  test.setTimeout(120_000);
  await signInToOverview(page, 'officer@mic.example');
  await inEnglish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Due deadlines and events' }).getByText('Overdue').first()).toBeVisible();

  // The programme calendar, next funding year: the Ministry's network meeting is still to be announced.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme calendar' })).toBeVisible();
  await page.getByRole('link', { name: `Next year (${NEXT_YEAR})` }).click();
  await expect(page).toHaveURL(new RegExp(`year=${NEXT_YEAR}`));
  await page.getByLabel('Funding source', { exact: true }).selectOption({ label: 'Ministry of Foreign Affairs' });
  await expect(page).toHaveURL(/funding=mfa/);
  await expect(page.getByRole('table', { name: /^Deadlines of Norad/ })).toHaveCount(0);
  const ministry = page.getByRole('table', { name: `Deadlines of Ministry of Foreign Affairs for funding year ${NEXT_YEAR}` });
  const meeting = ministry.getByRole('row').filter({ hasText: NETWORK_MEETING });
  await expect(meeting).toContainText('To be announced');
  await expectAccessible(page, 'the programme calendar');

  await meeting.getByRole('button', { name: `Set date: ${NETWORK_MEETING}` }).click();
  const dateField = page.getByLabel(`Date of ${NETWORK_MEETING}`);
  await expect(dateField).toBeFocused();
  await dateField.fill(`${NEXT_YEAR}-05-20`);
  await expectAccessible(page, 'the calendar with a date being set');
  await page.getByRole('button', { name: 'Save date' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The date of ${NETWORK_MEETING} has been saved.` })).toBeVisible();
  await expect(meeting).toContainText(`20 May ${NEXT_YEAR}`);
  await expect(meeting).toContainText(`Set for ${NEXT_YEAR}`);
  await expect(meeting).not.toContainText('To be announced');

  // An annual report cannot be due before its year has ended: the server says so, in English.
  const report = ministry.getByRole('row').filter({ hasText: 'Annual progress report' });
  await report.getByRole('button', { name: /^Set date: Annual progress report/ }).click();
  await page.getByLabel(/^Date of Annual progress report/).fill(`${NEXT_YEAR}-06-30`);
  await page.getByRole('button', { name: 'Save date' }).click();
  await expect(report.getByText('The annual report for a year is due after that year has ended.')).toBeVisible();
  await expectAccessible(page, 'a refused calendar date');
  await report.getByRole('button', { name: 'Cancel' }).click();

  // From the overdue items on the overview (marked in words, not only in colour), the officer opens the
  // first one and records it met: the partnership page opens on that deadline's funding year.
  await page.getByRole('link', { name: 'MIC Platform' }).first().click();
  const overdueItem = page.getByRole('list', { name: 'Due deadlines and events' }).getByRole('listitem').filter({ hasText: 'Overdue' }).first();
  await expect(overdueItem).toBeVisible();
  await overdueItem.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Deadlines' })).toBeFocused();
  const deadlines = page.locator('#deadlines');
  const overdue = deadlines.getByRole('row').filter({ hasText: 'Overdue' }).first();
  await expect(overdue).toBeVisible();
  const step = (await overdue.getByRole('rowheader').textContent())!;
  await overdue.getByRole('button', { name: `Mark as met: ${step}` }).click();
  await page.getByLabel(`Note on ${step} (optional)`).fill('Received by e-mail');
  await expectAccessible(page, 'marking a deadline met');
  await page.getByRole('button', { name: 'Save as met' }).click();
  await expect(deadlines.getByRole('status')).toHaveText(`${step} has been marked as met.`);
  const met = deadlines.getByRole('row').filter({ hasText: 'Received by e-mail' });
  await expect(met).toContainText(/Met on/);
  await expect(met.getByRole('button', { name: `Undo: ${step}` })).toBeVisible();
  await expectAccessible(page, 'a deadline marked met');
  // Taken back again: the journeys after this one (payments) find the demo's overdue reports as they were.
  await met.getByRole('button', { name: `Undo: ${step}` }).click();
  await expect(deadlines.getByRole('status')).toHaveText(`${step} is no longer marked as met.`);
  await expect(deadlines.getByRole('row').filter({ hasText: 'Received by e-mail' })).toHaveCount(0);

  // The cycle settings: new reminder days are saved; an impossible one is refused in words.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('link', { name: 'Change the cycle’s standing dates and reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cycle settings' })).toBeVisible();
  await expectAccessible(page, 'the cycle settings');
  const reminderDays = page.getByLabel('Reminder days before a deadline');
  await expect(reminderDays).toHaveValue(/\d/);
  await reminderDays.fill('30, 14, 7, 1');
  await page.getByRole('button', { name: 'Save cycle settings' }).click();
  await expect(page.getByText('The cycle settings have been saved.')).toBeVisible();
  await expect(page.getByLabel('Reminder days before a deadline')).toHaveValue('30, 14, 7, 1');

  await page.getByLabel('Reminder days before a deadline').fill('30, 7, 400');
  await page.getByRole('button', { name: 'Save cycle settings' }).click();
  const message = 'Reminder days are up to ten different whole numbers between 0 and 365.';
  await expect(page.getByRole('link', { name: message })).toBeVisible();
  await expectAccessible(page, 'the cycle settings with an error');

  // Meanwhile someone else saves the cycle: saving this page's stale copy is refused, and the latest one loads.
  const { csrfToken } = await (await page.request.get('/api/auth/session')).json();
  const { updatedAt: _, ...current } = await (await page.request.get('/api/programme/cycle')).json();
  const other = await page.request.put('/api/programme/cycle', { data: { ...current, reminderDays: [30, 10, 1] }, headers: { 'x-csrf-token': csrfToken } });
  expect(other.status()).toBe(200);
  await page.getByLabel('Reminder days before a deadline').fill('30, 7, 1');
  await page.getByRole('button', { name: 'Save cycle settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this while you were editing.' })).toBeVisible();
  await page.getByRole('button', { name: 'Load the latest version' }).click();
  await expect(page.getByLabel('Reminder days before a deadline')).toHaveValue('30, 10, 1');
});

test('a user creates a private calendar feed that calendar programs can read', async ({ page }) => {
  await signInToOverview(page, 'comalapa@mic.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('link', { name: 'Calendario', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendario del programa' })).toBeVisible();
  await expect(page.getByText('No tiene un calendario suscrito.')).toBeVisible();
  await page.getByRole('button', { name: 'Crear dirección del calendario' }).click();
  const address = page.getByRole('textbox', { name: 'Su dirección privada del calendario' });
  await expect(address).toHaveValue(/\/api\/calendar\/.+\.ics$/);
  await expect(page.getByText(/Su calendario suscrito está activo desde/)).toBeVisible();
  await expectAccessible(page, 'the new calendar address');

  const url = await address.inputValue();
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  const body = await feed.text();
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain('BEGIN:VEVENT');

  // Turned off, the old address answers no more.
  await page.getByRole('button', { name: 'Desactivar el calendario' }).click();
  await expect(page.getByText('Su calendario suscrito se ha desactivado. La dirección anterior ya no funciona.')).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});
