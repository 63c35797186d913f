import type { Page } from 'playwright-core';
import type { TLocale } from '../../src/i18n/locales.ts';
import { message } from './harness.ts';

/** Fills the sign-up form on the page that shows it, as a person types it, and sends it. */
export async function submitSignUp(
  page: Page,
  locale: TLocale,
  person: { name: string; email: string; password: string },
): Promise<void> {
  const field = (key: string) => page.getByLabel(message(locale, `accounts.field.${key}`), { exact: true });
  await field('name').fill(person.name);
  await field('email').fill(person.email);
  await field('password').fill(person.password);
  await field('passwordConfirmation').fill(person.password);
  await page.getByRole('button', { name: message(locale, 'accounts.signUp.submit'), exact: true }).click();
}
