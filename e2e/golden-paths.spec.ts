import { test, expect } from './fixtures';

test('the golden-path service template appears under Create and its form renders with the pickers', async ({
  signedInPage: page,
}) => {
  await page.goto('/create');

  // The Cairn templates replaced the create-app example template.
  const heading = (name: string) =>
    page.getByRole('heading', { name, level: 4 });
  await expect(heading('Backend service on GitHub')).toBeVisible({
    timeout: 60_000,
  });
  await expect(heading('Backend service on Azure DevOps')).toBeVisible();
  await expect(heading('Request access to a cloud resource')).toBeVisible();

  // The card is the innermost block holding both the title and its button.
  const card = page
    .locator('div')
    .filter({ has: heading('Backend service on GitHub') })
    .filter({ has: page.getByRole('button', { name: 'Choose' }) })
    .last();
  await card.getByRole('button', { name: 'Choose' }).click();

  // The first step of the form, with the catalog pickers (autocomplete
  // comboboxes whose inputs carry the field labels).
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeVisible();
  const owner = page.getByRole('textbox', { name: 'Owner' });
  const system = page.getByRole('textbox', { name: 'System' });
  await expect(owner).toBeVisible();
  await expect(system).toBeVisible();

  // The pickers list catalog entities: groups for the owner, systems.
  await owner.click();
  await expect(
    page.getByRole('option', { name: /checkout/i }).first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await system.click();
  await expect(
    page.getByRole('option', { name: /storefront/i }).first(),
  ).toBeVisible();

  await page.screenshot({ path: 'docs/screenshots/golden-path-form.png' });
});
