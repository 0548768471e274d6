import { test, expect } from './fixtures';

/*
 * Scorecards in the example app: the guest is a member of team-checkout, so
 * the roll-up page opens on that team; examples/scorecards/ defines the
 * scorecards and examples/entities.yaml gives each component its facts.
 */

test("a manager opens their team's roll-up and sees the level distribution and a failing check", async ({
  signedInPage: page,
}) => {
  await page.getByRole('link', { name: 'Scorecards' }).first().click();

  await expect(page.getByRole('heading', { name: 'Scorecards' })).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Group, system or domain' }),
  ).toHaveValue('Checkout');

  const rollup = page
    .getByRole('region', { name: /roll-up$/ })
    .filter({ hasText: 'average score' })
    .first();
  const distribution = rollup.getByRole('list', {
    name: /^Level distribution of/,
  });
  await expect(distribution.getByRole('listitem').last()).toHaveText(
    /^No level: \d+$/,
  );
  const counts = await distribution.getByRole('listitem').allTextContents();
  const total = counts.reduce((sum, c) => sum + Number(c.split(': ')[1]), 0);
  expect(total).toBeGreaterThan(0);

  const failing = rollup.getByRole('list', { name: /^Checks failing most/ });
  await expect(failing.getByRole('listitem').first()).toContainText(
    /\d+ of \d+ failing/,
  );

  // Drill down: the table lists the team's entities with links to their tab.
  const table = page.getByRole('table', { name: /^Entities in / });
  await expect(
    table.getByRole('link', { name: 'checkout-service' }),
  ).toBeVisible();

  await page.screenshot({
    path: 'docs/screenshots/scorecards-rollup.png',
    fullPage: true,
  });
});

test("a component's scorecard tab shows a failing check with its how-to-fix text", async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog/default/component/checkout-service/scorecards');

  const failingCheck = page
    .getByRole('button', { expanded: true })
    .filter({ hasText: 'Fail' })
    .first();
  await expect(failingCheck).toBeVisible();
  // MUI gives the details the id the summary's aria-controls names.
  const detailsId = await failingCheck.getAttribute('aria-controls');
  const details = page.locator(`[id="${detailsId}"]`);
  const howToFix = details.getByRole('region', { name: 'How to fix' });
  await expect(howToFix).toBeVisible();
  await expect(howToFix).not.toHaveText(/^How to fix$/);

  await page.screenshot({
    path: 'docs/screenshots/scorecards-entity-tab.png',
    fullPage: true,
  });
});
