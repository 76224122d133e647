import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, STORD_COMALAPA, STORD_COMALAPA_LINK, expectAccessible } from './support';

test.describe('a partner coordinator working in Spanish', () => {
  test('signs in by keyboard alone and sees the platform in Spanish', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectAccessible(page, 'the sign-in page');

    // Tab from the top of the page to the e-mail field, type, Tab to the password, Enter to submit.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    const email = page.getByLabel('E-mail address');
    for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(email).toBeFocused();
    await page.keyboard.type('comalapa@mic.example');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    // Her own language follows her account: Spanish from the first screen after signing in, her overview.
    await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const partnerships = page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Asociaciones' });
    await partnerships.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Asociaciones' })).toBeVisible();
    // She is a member of one partnership only, and the list shows just that one.
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('link', { name: STORD_COMALAPA_LINK })).toBeVisible();
    await expectAccessible(page, 'the partnership list in Spanish');
  });

  test('edits her partnership, and a third purpose is refused in Spanish', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('comalapa@mic.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Asociaciones' }).click();

    await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
    await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
    await expect(page.getByText('Coordinador del municipio socio').first()).toBeVisible();
    await expectAccessible(page, 'the partnership page in Spanish');

    await page.getByRole('link', { name: 'Editar la asociación' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Editar');
    await expectAccessible(page, 'the edit form in Spanish');

    // Ticking a third purpose is refused at once, in her language, at the purposes.
    const purposes = page.getByRole('group', { name: /Propósitos del programa/ });
    await purposes.getByRole('checkbox', { name: 'Prestación eficiente de servicios locales' }).check();
    const limit = 'Una asociación puede abordar como máximo 2 de los propósitos del programa.';
    await expect(purposes.getByText(limit)).toBeVisible();
    await expectAccessible(page, 'the edit form showing the purpose limit');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(page.getByRole('link', { name: limit })).toBeVisible();
    await expect(page).toHaveURL(/\/edit$/);

    // Taking the third purpose back and changing the title saves.
    await purposes.getByRole('checkbox', { name: 'Prestación eficiente de servicios locales' }).uncheck();
    await expect(purposes.getByText(limit)).toHaveCount(0);
    const title = page.getByLabel('Título');
    await title.fill(`${STORD_COMALAPA} (2026)`);
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${STORD_COMALAPA} (2026)` })).toBeVisible();
    await expect(page.getByText('Sus cambios han sido guardados.')).toBeVisible();

    // The history shows who changed what.
    const history = page.getByRole('region', { name: 'Historial' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Historial' }) }));
    await expect(history.getByText('Asociación modificada').first()).toBeVisible();
    await expect(history.getByText('Lucía Morales').first()).toBeVisible();
    await expectAccessible(page, 'the partnership page after saving');

    // The server refuses a third purpose too, with the same translated message and the field.
    const answer = await page.evaluate(async () => {
      const session = await (await fetch('/api/auth/session')).json();
      const id = location.pathname.split('/')[2];
      const detail = await (await fetch(`/api/partnerships/${id}`)).json();
      const res = await fetch(`/api/partnerships/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ purposes: ['environment', 'participation', 'accountability'], version: detail.version }),
      });
      return { status: res.status, body: await res.json() };
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('PURPOSE_LIMIT_EXCEEDED');
    expect(answer.body.detail).toBe(limit);
    expect(answer.body.errors[0].field).toBe('purposes');
  });
});
