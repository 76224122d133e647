import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

const SHARED_COMMENT = 'Vis tydeligere hvordan San Juan Comalapa ledet prioriteringene.';
const INTERNAL_NOTE = 'Internt: avklar med ambassaden før beslutning.';
const RETURN_MESSAGE = 'Utdyp mottakeransvaret og send søknaden inn på nytt.';

/** Opens the partnership of Stord – San Juan Comalapa and, in its applications, the one in `status`; null when there is none. */
async function openStordApplication(page: Page, email: string, sectionName: string, status: string) {
  await signIn(page, email);
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await expect(page.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  const section = page.getByRole('region', { name: sectionName });
  await expect(section.getByRole('listitem').or(section.getByRole('paragraph')).first()).toBeVisible();
  return section.getByRole('listitem').filter({ hasText: status }).getByRole('link');
}

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test.describe.serial('an application from draft to returned for changes', () => {
  test('the home coordinator follows the missing items, fills them in and confirms', async ({ page }) => {
    test.setTimeout(120_000);
    // Ingrid, the home coordinator, works in Norwegian.
    const draft = await openStordApplication(page, 'stord@mic.example', 'Søknader', 'Utkast');
    if ((await draft.count()) > 0) await draft.first().click();
    else await page.getByRole('button', { name: /^Start søknaden for \d{4}$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^(Årlig|Første) søknad \d{4}$/ })).toBeVisible();
    await settled(page);

    // The completeness panel: "N ting mangler", each a link to where it is put right.
    const panel = page.getByRole('region', { name: /ting mangler$/ });
    await expect(panel).toBeVisible();
    await expectAccessible(page, 'the draft application');
    const items = panel.getByRole('link');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    // Each of the application's own gaps takes her to its field; she answers there.
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      const href = (await item.getAttribute('href')) ?? '';
      if (!href.includes('/applications/')) continue;
      await item.click();
      const field = page.locator(':focus');
      const kind = await field.evaluate((el) => `${el.tagName}:${el.getAttribute('type') ?? ''}:${el.id}`);
      if (kind.includes('checkbox')) await field.check();
      else if (kind.includes('budget')) await field.fill('150 000');
      else if (/^(TEXTAREA|INPUT)/.test(kind)) await field.fill('Vi styrker avfallshåndteringen og kvinners deltakelse, slik partnerkommunen har prioritert.');
    }
    await page.getByRole('button', { name: 'Lagre søknaden' }).click();
    await expect(page.getByText('Søknaden er lagret.')).toBeVisible();
    // Checked again after the save: nothing of the application's own text is missing now.
    await expect(page.getByRole('heading', { name: 'Ingenting mangler: søknaden er komplett.' })).toBeVisible();
    await expect(page.getByText('150 000 kr').first()).toBeVisible();

    await page.getByRole('button', { name: 'Jeg bekrefter denne søknaden' }).click();
    await expect(page.getByText(/Koordinatoren i hjemkommunen, Ingrid Sæbø, bekreftet/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send inn søknaden' })).toBeDisabled();
  });

  test('the partner coordinator confirms that the partner led the prioritisation and submits', async ({ page }) => {
    // Lucía, the partner coordinator, works in Spanish.
    const draft = await openStordApplication(page, 'comalapa@mic.example', 'Solicitudes', 'Borrador');
    await draft.first().click();
    await settled(page);
    await expect(page.getByText(/Plazo|No se ha anunciado ningún plazo/).first()).toBeVisible();

    // Confirming without the box is refused at the box.
    await page.getByRole('button', { name: 'Confirmo esta solicitud' }).click();
    await expect(page.getByText('Marque la casilla para confirmar que el municipio socio dirigió la priorización.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'El municipio socio dirigió la priorización' })).toBeFocused();
    await expectAccessible(page, 'the confirmation with the box left empty');
    await page.getByRole('checkbox', { name: 'El municipio socio dirigió la priorización' }).check();
    await page.getByRole('button', { name: 'Confirmo esta solicitud' }).click();
    await expect(page.getByText(/Lucía Morales, confirmó el .*, también que el municipio socio dirigió la priorización/)).toBeVisible();

    await page.getByRole('button', { name: 'Enviar la solicitud' }).click();
    await expect(page.getByText('La solicitud se ha enviado.')).toBeVisible();
    await expect(page.locator('.tag-row').getByText('Enviada')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Guardar la solicitud' })).toHaveCount(0);
  });

  test('the programme officer finds it in the overview, appraises it and returns it with a message', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'officer@mic.example');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Søknader' }).click();
    await settled(page);
    await expectAccessible(page, 'the applications overview');
    // The application's year may be this year or the next: the overview is per year.
    const row = page.getByRole('row').filter({ hasText: STORD_COMALAPA_LINK });
    for (const year of [new Date().getFullYear() + 1, new Date().getFullYear()]) {
      await page.getByLabel('Tilskuddsår').selectOption(String(year));
      await settled(page);
      if ((await row.filter({ hasText: 'Sendt inn' }).count()) > 0) break;
    }
    await expect(page).toHaveURL(/year=\d{4}/);
    await row.filter({ hasText: 'Sendt inn' }).getByRole('link').click();
    await settled(page);

    await page.getByRole('button', { name: 'Start vurdering' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Starte vurderingen?' })).toBeVisible();
    await expectAccessible(page, 'the start-appraisal dialog');
    await dialog.getByRole('button', { name: 'Start vurdering' }).click();
    await expect(page.getByText('Utført. Statusen er nå: Under vurdering.')).toBeVisible();

    const criterion = page.getByRole('group', { name: 'Mottakeransvar' });
    await criterion.getByRole('radio', { name: 'Ikke oppfylt' }).check();
    await criterion.getByLabel('Kommentar').fill(SHARED_COMMENT);
    await criterion.getByRole('checkbox', { name: 'Vis til søkerne' }).check();
    await page.getByLabel('Internt notat').fill(INTERNAL_NOTE);
    await page.getByLabel('Anbefaling').selectOption({ label: 'Sende tilbake for endringer' });
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect(page.getByText('Vurderingen er lagret.')).toBeVisible();
    await expectAccessible(page, 'the appraisal checklist');

    await page.getByRole('button', { name: 'Send tilbake for endringer' }).click();
    await dialog.getByRole('button', { name: 'Send søknaden tilbake' }).click();
    await expect(dialog.getByText('Skriv hva søkerne skal endre.')).toBeVisible();
    await dialog.getByLabel('Melding til søkerne').fill(RETURN_MESSAGE);
    await dialog.getByRole('button', { name: 'Send søknaden tilbake' }).click();
    await expect(page.getByText('Utført. Statusen er nå: Sendt tilbake for endringer.')).toBeVisible();
    await expect(page.locator('.tag-row').getByText('Sendt tilbake for endringer')).toBeVisible();
  });

  test('the partner coordinator reads the message and the shared comment, not the internal note', async ({ page }) => {
    const returned = await openStordApplication(page, 'comalapa@mic.example', 'Solicitudes', 'Devuelta para cambios');
    await returned.first().click();
    await settled(page);
    await expect(page.getByRole('heading', { name: 'Devuelta para cambios: mensaje de la oficina del programa' })).toBeVisible();
    await expect(page.getByText(RETURN_MESSAGE).first()).toBeVisible();
    const comments = page.getByRole('region', { name: 'Comentarios de la oficina del programa' });
    await expect(comments.getByText(SHARED_COMMENT)).toBeVisible();
    await expect(comments.getByText('No cumplido')).toBeVisible();
    await expect(page.getByText(INTERNAL_NOTE)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Guardar la solicitud' })).toBeVisible();
    await expectAccessible(page, 'the returned application');
  });
});
