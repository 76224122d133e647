import { expect, test, type Browser, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

/**
 * Two people edit the same risk at once (issue 11): Ingrid, the home coordinator (Norwegian), and Lucía,
 * the partner coordinator (Spanish), open the same edit form. Ingrid saves first; Lucía's save is refused
 * with a message in her language, her text stays in the form, and she can load the current version.
 * Nothing is lost silently. The risk is put back as it was for the journeys after this one.
 */

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

interface RiskItem {
  id: string;
  owner: string;
}

test('the second of two people saving the same risk is told, keeps their text and can load the current version', async ({ browser }) => {
  test.setTimeout(120_000);
  const ingrid = await signedIn(browser, 'stord@mic.example');
  await ingrid.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await expect(ingrid.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  const partnershipPath = new URL(ingrid.url()).pathname;
  const register = (await ingrid.evaluate(async (path) => (await fetch(`/api${path}/risks?pageSize=1`)).json(), partnershipPath)) as { items: RiskItem[] };
  const risk = register.items[0]!;
  const editUrl = `${partnershipPath}/risks/${risk.id}/edit`;

  const lucia = await signedIn(browser, 'comalapa@mic.example');

  // Both open the same form, on the same version.
  await ingrid.goto(editUrl);
  await expect(ingrid.getByRole('heading', { level: 1, name: 'Rediger risiko' })).toBeVisible();
  await lucia.goto(editUrl);
  await expect(lucia.getByRole('heading', { level: 1, name: 'Editar riesgo' })).toBeVisible();
  const ingridOwner = ingrid.getByLabel('Eier', { exact: true });
  const luciaOwner = lucia.getByLabel('Responsable', { exact: true });
  await expect(ingridOwner).toHaveValue(risk.owner);
  await expect(luciaOwner).toHaveValue(risk.owner);

  // Ingrid saves first.
  await ingridOwner.fill('Ingrid Sæbø (e2e)');
  await ingrid.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(ingrid.getByText('Risikoen er lagret.')).toBeVisible();

  // Lucía saves on the version she loaded: refused, said in Spanish, announced, her text kept.
  await luciaOwner.fill('Lucía Pérez (e2e)');
  await lucia.getByRole('button', { name: 'Guardar cambios' }).click();
  const conflict = lucia.getByRole('alert').filter({ hasText: 'Otra persona cambió esto mientras usted lo editaba. Sus cambios no se han guardado.' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toBeFocused();
  await expect(luciaOwner).toHaveValue('Lucía Pérez (e2e)');
  await expect(lucia.getByText('El riesgo se ha guardado.')).toHaveCount(0);
  await expectAccessible(lucia, 'the edit form after a conflict');

  // She loads the current version: Ingrid's change is there.
  await conflict.getByRole('button', { name: 'Cargar la versión más reciente' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(luciaOwner).toHaveValue('Ingrid Sæbø (e2e)');

  // Back as it was: other journeys read the same demo register.
  await ingrid.goto(editUrl);
  await expect(ingrid.getByLabel('Eier', { exact: true })).toHaveValue('Ingrid Sæbø (e2e)');
  await ingrid.getByLabel('Eier', { exact: true }).fill(risk.owner);
  await ingrid.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(ingrid.getByText('Risikoen er lagret.')).toBeVisible();

  await ingrid.context().close();
  await lucia.context().close();
});
