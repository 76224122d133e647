import { expect, test } from '@playwright/test';
import { STORD_COMALAPA_LINK, expectAccessible, signIn } from './support';

test('a coordinator of another partnership cannot see Stord – San Juan Comalapa', async ({ page: first, browser }) => {
  // Find the partnership's address as someone who may see it.
  await signIn(first, 'stord@mic.example');
  await first.getByRole('link', { name: STORD_COMALAPA_LINK }).click();
  await expect(first.getByRole('heading', { level: 1, name: STORD_COMALAPA_LINK })).toBeVisible();
  const address = new URL(first.url()).pathname;

  // Another person, in another browser.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'panajachel@mic.example');
  await expect(page.getByRole('link', { name: /Stjørdal – Panajachel/ })).toBeVisible();
  await expect(page.getByRole('link', { name: STORD_COMALAPA_LINK })).toHaveCount(0);

  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/no encontrad/i);
  await expect(page.getByText(/San Juan Comalapa/)).toHaveCount(0);
  await expectAccessible(page, 'the not-found page');

  // The API answers exactly as for an id that does not exist.
  const [hidden, missing] = await page.evaluate(async (path) => {
    const a = await fetch(`/api${path}`);
    const b = await fetch('/api/partnerships/00000000-0000-4000-8000-000000000000');
    return [
      { status: a.status, code: (await a.json()).code },
      { status: b.status, code: (await b.json()).code },
    ];
  }, address);
  expect(hidden).toEqual({ status: 404, code: 'NOT_FOUND' });
  expect(missing).toEqual(hidden);
});
