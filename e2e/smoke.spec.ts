import { test, expect } from './fixtures';

test('a guest signs in and sees the example catalog', async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog');

  await expect(
    page.getByRole('heading', { name: /Lumen Logistics Catalog/ }),
  ).toBeVisible();
  const table = page.getByRole('table');
  await expect(
    table.getByRole('link', { name: 'checkout-service' }),
  ).toBeVisible();
  await expect(table.getByRole('link', { name: 'cart-service' })).toBeVisible();

  await page.screenshot({ path: 'docs/screenshots/catalog.png' });
});
