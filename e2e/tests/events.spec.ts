import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, selectOptionContaining, signIn } from './support';

// A network meeting some weeks ahead, so that registration is open whatever day the suite runs.
const TITLE_EN = 'Regional network meeting, Central America (e2e)';
const TITLE_ES = 'Reunión regional de la red, Centroamérica (e2e)';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const EVENT_DATE = day(45);
const NOTE = 'Vamos dos personas de la municipalidad de Comalapa.';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: /Main menu|Hovedmeny|Menú principal/ });

async function signInInEnglish(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English', exact: true }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the programme officer plans a network meeting and invites a partnership', async ({ page }) => {
  test.setTimeout(120_000);
  await signInInEnglish(page, 'officer@mic.example');
  await mainMenu(page).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expectAccessible(page, 'the events list');

  await page.getByRole('link', { name: 'New event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();

  // An empty form is refused with a summary that links to each field.
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('link', { name: 'Choose the type of event.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Give the event a title in at least one language.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Enter the date, or tick/ })).toBeVisible();
  await expectAccessible(page, 'the event form with errors');

  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Network meeting' });
  await page.getByLabel('Title (English)').fill(TITLE_EN);
  await page.getByLabel('Title (Español)').fill(TITLE_ES);
  await page.getByLabel('Description (English)').fill('Two days on waste management and participation, with visits to the partner municipalities.');
  await page.getByLabel('Date', { exact: true }).fill(EVENT_DATE);
  await page.getByLabel('End date (optional)').fill(day(46));
  await page.getByLabel('Start time (optional)').fill('09:00');
  await page.getByLabel('Place', { exact: true }).fill('Antigua Guatemala');

  // A material: a web address that is not one is caught at its field.
  await page.getByRole('button', { name: 'Add material' }).click();
  const material = page.getByRole('group', { name: 'Material 1' });
  await expect(material.getByLabel('Title')).toBeFocused();
  await material.getByLabel('Title').fill('Programme of the meeting');
  await material.getByLabel('Web address').fill('programme.pdf');
  await expect(material.getByText('Enter a web address starting with https:// or http://.')).toBeVisible();
  await material.getByLabel('Web address').fill('https://example.org/network-meeting/programme.pdf');

  // Stord – San Juan Comalapa is found by a search and invited.
  await page.getByLabel('Find partnership').fill('Comalapa');
  const picker = page.getByLabel('Partnership', { exact: true });
  await expect(picker.locator('option', { hasText: 'Stord – San Juan Comalapa' })).toHaveCount(1);
  await selectOptionContaining(picker, 'Stord – San Juan Comalapa');
  await page.getByRole('button', { name: 'Invite the partnership' }).click();
  const invited = page.getByRole('list', { name: 'Invited partnerships' });
  await expect(invited.getByText(STORD_COMALAPA_LINK)).toBeVisible();
  await expectAccessible(page, 'the filled event form');

  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE_EN })).toBeVisible();
  await expect(page.getByText('The event has been created, and the invited partnerships can now register.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Programme of the meeting' })).toHaveAttribute('href', 'https://example.org/network-meeting/programme.pdf');
  await expect(page.getByRole('link', { name: STORD_COMALAPA_LINK })).toBeVisible();
  await expect(page.getByText('Nobody has registered yet.')).toBeVisible();
  await expectAccessible(page, 'the new event');

  // The list shows it, also among the upcoming ones; the filter lives in the address.
  await page.getByRole('link', { name: 'Back to all events' }).click();
  await page.getByRole('checkbox', { name: 'Upcoming only' }).check();
  await expect(page).toHaveURL(/upcoming=true/);
  await expect(page.getByRole('link', { name: TITLE_EN })).toBeVisible();
});

test('the partner coordinator finds the meeting in Spanish and registers', async ({ page }) => {
  await signIn(page, 'comalapa@mic.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await mainMenu(page).getByRole('link', { name: 'Eventos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eventos' })).toBeVisible();
  await page.getByRole('link', { name: TITLE_ES }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE_ES })).toBeVisible();
  await expect(page.getByText('Antigua Guatemala')).toBeVisible();
  await expectAccessible(page, 'the event, before registering');

  await page.getByLabel('Nota para los organizadores (opcional)').fill(NOTE);
  await page.getByRole('button', { name: 'Inscribirme' }).click();
  await expect(page.getByText('Usted está inscrito/a.')).toBeVisible();
  await expect(page.getByText(/^Se inscribió el /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancelar mi inscripción' })).toBeVisible();
  await expectAccessible(page, 'the event, registered');

  await page.getByRole('link', { name: 'Volver a todos los eventos' }).click();
  const row = page.getByRole('row', { name: new RegExp(TITLE_ES.replace(/[()]/g, '\\$&')) });
  await expect(row.getByText('Usted está inscrito/a')).toBeVisible();
  await expect(row.getByText('Una persona inscrita')).toBeVisible();
});

test('the programme officer sees the participant and downloads the list', async ({ page }) => {
  await signInInEnglish(page, 'officer@mic.example');
  await mainMenu(page).getByRole('link', { name: 'Events' }).click();
  await page.getByRole('link', { name: TITLE_EN }).click();
  const participants = page.getByRole('table', { name: 'Participants' });
  const row = participants.getByRole('row', { name: /Lucía Morales/ });
  await expect(row).toContainText('comalapa@mic.example');
  await expect(row).toContainText(NOTE);
  await expect(row).toContainText('Partner coordinator');
  // With a registration the event cannot be deleted: cancelling is suggested instead.
  await expect(page.getByRole('button', { name: 'Delete event' })).toHaveCount(0);
  await expect(page.getByText(/so it cannot be deleted/)).toBeVisible();
  await expectAccessible(page, 'the event with a participant');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export participants (XLSX)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^participants-.*\.xlsx$/);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).map(String));
  expect(cells).toContain('Lucía Morales');
  expect(cells).toContain('comalapa@mic.example');
});

test('the administrator reads the outbox of reminders', async ({ page }) => {
  await signInInEnglish(page, 'admin@mic.example');
  await mainMenu(page).getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(page.getByText(/Without them, reminders are not sent but kept here/)).toBeVisible();
  await expectAccessible(page, 'the outbox');
  await page.getByLabel('Status').selectOption({ label: 'Held' });
  await expect(page).toHaveURL(/status=held/);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // The demo's network meeting is three weeks ahead: its reminders were written at start and, with no
  // SMTP server configured, held here. Each opens to its whole text.
  const meeting = page.locator('details').filter({ hasText: /Network meeting|Nettverksmøte|Reunión de la red/ }).first();
  await expect(meeting.locator('summary')).toBeVisible();
  await expect(meeting.locator('pre')).toBeHidden();
  await meeting.locator('summary').click();
  await expect(meeting.locator('pre')).toBeVisible();
  await expect(meeting.locator('pre')).toContainText('/partnerships/');
  await expectAccessible(page, 'the outbox, held reminders');
});
