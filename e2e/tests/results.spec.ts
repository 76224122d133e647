import { expect, test, type Page } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

/** Waits until the page's data has arrived (nothing marked busy). */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const INDICATOR = 'Mujeres en los comités de barrio';

test('the partner coordinator builds on the results framework, and the programme officer approves the value', async ({ page }) => {
  test.setTimeout(180_000);

  // Lucía works in Spanish: the framework of her partnership, from the partnership page.
  await signIn(page, 'comalapa@mic.example');
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await page.getByRole('link', { name: 'Marco de resultados', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marco de resultados' })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('heading', { name: 'Cadena de resultados' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verificación SMART' })).toBeVisible();
  await expectAccessible(page, 'the results framework in Spanish');

  // A new outcome under the impact; the SMART check follows what she types.
  await page.getByRole('link', { name: 'Agregar efecto bajo Impacto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo resultado: Efecto' })).toBeVisible();
  const smart = page.getByRole('complementary', { name: 'Verificación SMART' });
  const letter = (name: string) => smart.getByRole('listitem').filter({ hasText: name }).first();
  const statement = page.getByLabel('Enunciado en español (el idioma de trabajo)');
  await statement.fill('Capacitar a 30 lideresas comunitarias en gestión de residuos para que los comités de barrio incluyan a más mujeres');
  await expect(letter('Específico')).toContainText('todavía no');
  await expect(letter('Específico')).toContainText('Esto une dos niveles de la cadena de resultados con «para que»');
  await expect(letter('Relevante')).toContainText('Elija el propósito del programa');
  await expectAccessible(page, 'the result form with the SMART check failing');

  await statement.fill('Las mujeres ocupan 4 de cada 10 puestos en los comités de barrio de residuos');
  await expect(letter('Específico')).toContainText('cumple');
  await page.getByRole('radio', { name: 'Municipio socio' }).check();
  await page.getByLabel('Propósito del programa al que sirve').selectOption('participation');
  await expect(letter('Relevante')).toContainText('cumple');
  await page.getByLabel('Por qué se puede alcanzar').fill('Los comités ya existen y la municipalidad convoca sus elecciones cada año.');
  await expect(letter('Alcanzable')).toContainText('cumple');
  // Measurable and time-bound wait for an indicator.
  await expect(letter('Medible')).toContainText('todavía no');
  await page.getByRole('button', { name: 'Agregar resultado' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Marco de resultados' })).toBeVisible();
  const added = page.getByText(/^Se ha agregado Efecto \d+\.$/);
  await expect(added).toBeVisible();
  const outcome = (await added.textContent())!.match(/Efecto (\d+)/)![1];
  await expect(page.getByRole('heading', { name: /Las mujeres ocupan 4 de cada 10 puestos/ })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'the framework with the new outcome');

  // An indicator with a baseline and targets; a cumulative year target past the end target is caught at once.
  await page.getByRole('link', { name: `Agregar indicador a Efecto ${outcome}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo indicador' })).toBeVisible();
  await page.getByLabel('Indicador en español (el idioma de trabajo)').fill(INDICATOR);
  await page.getByLabel('Unidad').fill('mujeres');
  await page.getByLabel('Valores a lo largo de los años').selectOption('cumulative');
  await page.getByLabel('Valor de la línea de base').fill('6');
  await page.getByLabel('Fecha de la línea de base').fill('2025-01-20');
  await page.getByLabel('Fuente de la línea de base').fill('Actas de los comités, enero de 2025');
  await page.getByLabel('Meta para 2025').fill('10');
  await page.getByLabel('Meta para 2026').fill('30');
  await page.getByLabel('Meta final del proyecto').fill('24');
  const tooHigh = 'La meta de 2026 (30) sobrepasa la meta final del proyecto (24)';
  await expect(page.getByText(tooHigh)).toBeVisible();
  await expectAccessible(page, 'the indicator form with a target past the end target');
  await page.getByLabel('Meta para 2026').fill('18');
  await expect(page.getByText(tooHigh)).toHaveCount(0);
  await page.getByRole('button', { name: 'Agregar indicador' }).click();

  await expect(page.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
  await expect(page.getByText(`Se ha agregado el indicador «${INDICATOR}».`)).toBeVisible();
  await settled(page);
  const indicatorPath = new URL(page.url()).pathname;
  await expect(page.getByText('6 mujeres').first()).toBeVisible();
  await expectAccessible(page, 'the indicator page');

  // The value for 2025 with its narrative, then submitted for approval.
  await page.getByRole('button', { name: 'Registrar el valor de 2025' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'El valor de 2025' })).toBeVisible();
  await dialog.getByLabel('Valor').fill('9');
  await dialog.getByLabel('Narrativa').fill('Según las actas de diciembre, 9 mujeres forman parte de los comités.');
  await expectAccessible(page, 'the value dialog');
  await dialog.getByRole('button', { name: 'Guardar el valor' }).click();
  await expect(page.getByText('El valor de 2025 se ha guardado.')).toBeVisible();
  const year2025 = page.getByRole('article', { name: '2025' });
  await expect(year2025).toContainText('Borrador');
  await expect(year2025).toContainText('Según las actas de diciembre');
  await page.getByRole('button', { name: 'Enviar el valor de 2025' }).click();
  await expect(page.getByText('El valor de 2025 se ha enviado para su aprobación.')).toBeVisible();
  await expect(year2025).toContainText('Enviado');
  await expectAccessible(page, 'the indicator page with a submitted value');

  // The programme officer sees it and approves it, and says so in a comment.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await signIn(page, 'officer@mic.example');
  if ((await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  await page.goto(indicatorPath);
  await expect(page.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
  await settled(page);
  const submitted = page.getByRole('article', { name: '2025' });
  await expect(submitted).toContainText('Submitted');
  await expect(submitted).toContainText('Entered by Lucía Morales');
  // The officer does not edit the framework: no way to enter or change values.
  await expect(page.getByRole('button', { name: 'Enter the value for 2026' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit indicator' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Approve the value for 2025' }).click();
  await expect(page.getByText('The value for 2025 has been approved.')).toBeVisible();
  await expect(submitted).toContainText('Approved');
  await expect(submitted).toContainText('approved by Marius');
  await submitted.getByText('Comments on the value for 2025').click();
  await submitted.getByLabel('Your comment').fill('Checked against the committee minutes.');
  await submitted.getByRole('button', { name: 'Add comment' }).click();
  await expect(submitted.getByText('Checked against the committee minutes.')).toBeVisible();
  await expectAccessible(page, 'the indicator page with an approved value and a comment');

  // The tracking table: indicator × year, with the chart and its table, filtered in the address.
  await page.getByRole('link', { name: 'Back to the results framework' }).click();
  await page.getByRole('navigation', { name: 'Results framework views' }).getByRole('link', { name: 'Tracking table' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tracking table' })).toBeVisible();
  await settled(page);
  const group = page.locator('tbody', { has: page.getByRole('link', { name: INDICATOR }) });
  const row2025 = group.getByRole('row').filter({ hasText: '2025' });
  await expect(row2025).toContainText('6 mujeres');
  await expect(row2025).toContainText('10 mujeres');
  await expect(row2025).toContainText('9 mujeres');
  await expect(row2025).toContainText('75 %');
  await expect(row2025).toContainText('Approved');
  await expect(row2025).toContainText('At risk');
  const chart = page.getByRole('figure', { name: `Progress: Outcome ${outcome} – ${INDICATOR}` });
  await expect(chart.getByRole('img')).toBeVisible();
  const chartTable = chart.getByRole('table');
  await expect(chartTable.getByRole('row', { name: /Baseline/ })).toContainText('6 mujeres');
  await expect(chartTable.getByRole('row', { name: /2025/ })).toContainText('9 mujeres');
  await expectAccessible(page, 'the tracking table');

  await page.getByLabel('Result level').selectOption('output');
  await expect(page).toHaveURL(/level=output/);
  await expect(page.getByRole('link', { name: INDICATOR })).toHaveCount(0);
  await page.getByLabel('Result level').selectOption('outcome');
  await expect(page).toHaveURL(/level=outcome/);
  await page.reload();
  await expect(page.getByLabel('Result level')).toHaveValue('outcome');
  await expect(page.getByRole('link', { name: INDICATOR })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'the filtered tracking table');

  // The download link carries the filter.
  const download = page.getByRole('link', { name: 'The tracking table, as filtered (XLSX)' });
  await expect(download).toHaveAttribute('href', /export\.xlsx\?view=tracking&level=outcome/);
});

test('the home coordinator moves and deletes a result in Norwegian, confirming what goes with it', async ({ page }) => {
  // Ingrid works in bokmål (and keeps doing so: the language belongs to her account).
  await signIn(page, 'stord@mic.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await page.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await page.getByRole('link', { name: 'Resultatrammeverk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultatrammeverk' })).toBeVisible();
  await settled(page);

  // A new output under the first outcome, added and then moved to the top of its list by keyboard.
  await page.getByRole('link', { name: 'Legg til produkt under Effekt 1' }).click();
  await page.getByLabel('Formulering på spansk (arbeidsspråket)').fill('Guía de separación de residuos publicada');
  await page.getByRole('radio', { name: 'Partnerkommunen' }).check();
  await page.getByRole('button', { name: 'Legg til resultat' }).click();
  const added = page.getByText(/^Produkt 1\.\d+ er lagt til\.$/);
  await expect(added).toBeVisible();
  const name = (await added.textContent())!.replace(' er lagt til.', '');
  await settled(page);

  await page.getByRole('button', { name: `Flytt ${name}` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Flytt ${name}` })).toBeVisible();
  await expectAccessible(page, 'the move dialog');
  await dialog.getByLabel('Plassering').selectOption({ label: 'Først' });
  await dialog.getByRole('button', { name: 'Flytt', exact: true }).click();
  await expect(page.getByText('Resultatet er flyttet.')).toBeVisible();
  // Focus follows the result to its new place.
  await expect(page.getByRole('heading', { name: 'Produkt 1.1: Guía de separación de residuos publicada' })).toBeFocused();

  // Outcome 1 has results, indicators and values under it: deleting it asks first, and Escape leaves it be.
  await page.getByRole('button', { name: 'Slett Effekt 1' }).click();
  await expect(dialog.getByText(/slettes også alt under det/)).toBeVisible();
  await expect(dialog.getByText(/indikator/).first()).toBeVisible();
  await expectAccessible(page, 'the delete dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The new output has nothing under it: deleting it still asks, more simply.
  await page.getByRole('button', { name: 'Slett Produkt 1.1' }).click();
  await expect(dialog.getByText('Produkt 1.1 har ingen resultater, indikatorer eller verdier under seg.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Slett', exact: true }).click();
  await expect(page.getByText('Produkt 1.1 er slettet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Guía de separación de residuos publicada/ })).toHaveCount(0);
});
