import { expect, test } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, selectOptionContaining, signIn } from './support';

test('an administrator invites a partner coordinator, who accepts in Spanish', async ({ page, browser }) => {
  await signIn(page, 'admin@mic.example');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expectAccessible(page, 'the users page');

  await page.getByRole('link', { name: 'Invite a user' }).click();
  await expectAccessible(page, 'the invitation form');
  await page.getByLabel('Name').fill('Rosa Chicol');
  await page.getByLabel('E-mail address').fill('rosa.chicol@example.org');
  await page.getByLabel('Language of the invitation').selectOption('es');
  await selectOptionContaining(page.getByLabel('Partnership', { exact: true }), 'Stord – San Juan Comalapa');
  await page.getByLabel('Role in the partnership').selectOption('partner_coordinator');
  await page.getByRole('button', { name: 'Send invitation' }).click();

  const link = await page.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/invitation\/[\w-]+$/);
  await expectAccessible(page, 'the invitation result');

  // The invitee opens the link in her own browser.
  const theirs = await browser.newContext({ locale: 'es-GT' });
  const invitee = await theirs.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Acepte su invitación' })).toBeVisible();
  await expectAccessible(invitee, 'the invitation page in Spanish');
  await invitee.getByLabel('Elija una contraseña').fill('corto');
  await invitee.getByRole('button', { name: 'Aceptar e iniciar sesión' }).click();
  await expect(invitee.getByText(/al menos 10 caracteres/).first()).toBeVisible();
  await invitee.getByLabel('Elija una contraseña').fill('una contraseña larga y segura');
  await invitee.getByRole('button', { name: 'Aceptar e iniciar sesión' }).click();
  await expect(invitee.getByRole('heading', { level: 1, name: 'Asociaciones' })).toBeVisible();
  await expect(invitee.getByRole('link', { name: STORD_COMALAPA_LINK })).toBeVisible();
  await theirs.close();
});
