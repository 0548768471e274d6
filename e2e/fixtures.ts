import { test as base, expect, Page } from '@playwright/test';

/**
 * Signs in with the guest provider, the way a person would: the sign-in page
 * offers Enter, and the app then opens on the catalog.
 */
export async function signInAsGuest(page: Page, path = '/') {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  if (await enter.isVisible({ timeout: 10_000 }).catch(() => false)) {
    await enter.click();
  }
  await expect(page.getByRole('link', { name: 'Home' }).first()).toBeVisible();
}

/** Playwright's `test`, with a page already signed in as guest. */
export const test = base.extend<{ signedInPage: Page }>({
  signedInPage: async ({ page }, use) => {
    await signInAsGuest(page);
    await use(page);
  },
});

export { expect };
