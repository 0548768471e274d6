import { test, expect } from './fixtures';

test('from the home page, two actions tell who supports a component and their email', async ({
  signedInPage: page,
}) => {
  // The home page (the catalog) has loaded its entities; no action yet.
  await expect(
    page.getByRole('table').getByRole('link', { name: 'checkout-service' }),
  ).toBeVisible({ timeout: 60_000 });

  // Action 1: open "Ownership" from the sidebar of the home page.
  await page.getByRole('link', { name: 'Ownership' }).first().click();

  // Action 2: type the component's name into "Who supports...?".
  await page
    .getByRole('textbox', { name: 'Who supports...?' })
    .fill('checkout-service');

  // The answer, owner and email inline, without another click.
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'checkout-service' }) });
  await expect(row.getByRole('link', { name: /Checkout/ }).first()).toBeVisible(
    { timeout: 60_000 },
  );
  const email = row.getByRole('link', { name: /checkout@lumen\.example/ });
  await expect(email).toBeVisible();
  await expect(email).toHaveAttribute('href', 'mailto:checkout@lumen.example');

  await page.screenshot({ path: 'docs/screenshots/ownership-search.png' });
});

test('the ownership card shows inherited ownership on an entity page', async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog/default/component/legacy-cart-widget');

  await expect(page.getByText('Inherited from system storefront')).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.getByText(/group:default\/unknown is a placeholder/),
  ).toBeVisible();

  await page.screenshot({ path: 'docs/screenshots/ownership-card.png' });
});
