import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const DEMO_PASSWORD = 'demo-password-2026';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now and fails with a readable list of any WCAG 2.1 AA violation. */
export async function expectAccessible(page: Page, context = '') {
  // Judge the page as it settles, not half-way through a dialog's fade-in (colours mid-transition
  // fail the contrast rule). Endless animations, such as spinners, are not waited for.
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 3000))]);
  });
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy forbids inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  expect(violations, `axe-core violations ${context ? `on ${context}` : `at ${page.url()}`}:\n${report}`).toEqual([]);
}

/** Signs in through the form, as a person would, and waits for the start page (the overview). */
export async function signInToOverview(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel(/e-mail|correo|e-post/i).fill(email);
  await page.getByLabel(/^(password|contraseña|passord)$/i).fill(password);
  await page.getByRole('button', { name: /sign in|iniciar sesión|logg inn/i }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
}

/** Signs in and goes on, through the main menu, to the partnership list, where most journeys begin. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await signInToOverview(page, email, password);
  await page.locator('.main-nav a[href="/partnerships"]').click();
  await expect(page).toHaveURL(/\/partnerships/);
}

export const STORD_COMALAPA = "Stord – San Juan Comalapa: waste management and women's participation";
/** The same partnership by the start of its title, which one journey edits. */
export const STORD_COMALAPA_LINK = /^Stord – San Juan Comalapa/;

/** Picks the option of a select whose text contains `text` (option texts may carry more than a name). */
export async function selectOptionContaining(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (value === null) throw new Error(`no option containing "${text}"`);
  await select.selectOption(value);
}
