import { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The backend evaluates the scorecards shortly after it starts; reload until
 * `region` shows results, so a freshly started example app does not race.
 */
async function waitForResults(page: Page, region: Locator) {
  await expect(async () => {
    if (!(await region.isVisible())) {
      await page.reload();
    }
    await expect(region).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

/*
 * Scorecards in the example app. The guest is a member of team-checkout, so
 * the roll-up page opens on that team. examples/scorecards/documentation.yaml
 * asks components for a `backstage.io/techdocs-ref` annotation, which
 * legacy-cart-widget (a team-checkout component through its system) lacks.
 */

test("a manager opens their team's roll-up and sees the level distribution and a failing check", async ({
  signedInPage: page,
}) => {
  await page.getByRole('link', { name: 'Scorecards' }).first().click();

  await expect(
    page.getByRole('textbox', { name: 'Group, system or domain' }),
  ).toHaveValue('Checkout');

  // Production readiness applies to the team's services only, so its
  // roll-up shows once the whole example catalog has been measured.
  await waitForResults(
    page,
    page.getByRole('region', { name: 'Production readiness roll-up' }),
  );
  const docs = page.getByRole('region', { name: 'Documentation roll-up' });
  await waitForResults(page, docs);
  const distribution = docs.getByRole('list', {
    name: 'Level distribution of Documentation',
  });
  await expect(distribution.getByRole('listitem')).toHaveText([
    /^Gold: \d+$/,
    /^Silver: \d+$/,
    /^Bronze: \d+$/,
    /^No level: \d+$/,
  ]);
  const counts = await distribution.getByRole('listitem').allTextContents();
  const measured = counts.reduce((n, c) => n + Number(c.split(': ')[1]), 0);
  await expect(docs).toContainText(`${measured} entities`);
  expect(measured).toBeGreaterThan(0);

  const failing = docs.getByRole('list', {
    name: 'Checks failing most in Documentation',
  });
  await expect(
    failing.getByRole('listitem').filter({ hasText: 'Publishes TechDocs' }),
  ).toContainText(/\d+ of \d+ failing/);

  // Drill down to the entities that fail it.
  await docs.getByRole('button', { name: 'Show entities and trend' }).click();
  const table = page.getByRole('table', { name: 'Entities in Documentation' });
  const widget = table
    .getByRole('row')
    .filter({ hasText: 'legacy-cart-widget' });
  await expect(widget).toContainText('Publishes TechDocs');
  await expect(
    page.getByRole('table', {
      name: 'Team leaderboard for Documentation',
    }),
  ).toBeVisible();

  await page.setViewportSize({ width: 1600, height: 2000 });
  await page.screenshot({ path: 'docs/screenshots/scorecards-rollup.png' });

  await widget.getByRole('link', { name: 'legacy-cart-widget' }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/legacy-cart-widget\/scorecards$/,
  );
  await expect(
    page.getByRole('region', { name: 'Documentation scorecard' }),
  ).toBeVisible();
});

test("a component's scorecard tab shows a failing check with its how-to-fix text", async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog/default/component/legacy-cart-widget/scorecards');

  const docs = page.getByRole('region', { name: 'Documentation scorecard' });
  await waitForResults(page, docs);
  await expect(docs.getByLabel(/^Score \d+ out of 100$/)).toBeVisible();

  // Failing checks open by themselves, with why and how to fix.
  const techdocs = docs.getByRole('button', {
    name: 'Fail: Publishes TechDocs',
    expanded: true,
  });
  await expect(techdocs).toBeVisible();
  const details = docs.getByRole('region', { name: /Publishes TechDocs/ });
  const howToFix = details.getByRole('region', { name: 'How to fix' });
  await expect(howToFix).toContainText(
    'Add backstage.io/techdocs-ref: dir:. and an mkdocs.yml.',
  );
  await expect(
    howToFix.locator('code', { hasText: 'backstage.io/techdocs-ref: dir:.' }),
  ).toBeVisible();

  await page.setViewportSize({ width: 1600, height: 1400 });
  await page.screenshot({ path: 'docs/screenshots/scorecards-entity-tab.png' });
});

test('a developer requests an exemption for a failing check, sees it in force and revokes it', async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog/default/component/legacy-cart-widget/scorecards');
  const docs = page.getByRole('region', { name: 'Documentation scorecard' });
  await waitForResults(page, docs);

  await docs
    .getByRole('button', {
      name: 'Request exemption for Links to more information',
    })
    .click();
  const dialog = page.getByRole('dialog', {
    name: /Request an exemption for “Links to more information”/,
  });
  await dialog
    .getByRole('textbox', { name: /Reason/ })
    .fill('The widget is retired at the end of the quarter');
  await dialog.getByRole('button', { name: 'Request exemption' }).click();
  await expect(dialog).toBeHidden();

  const exempt = docs.getByRole('button', {
    name: 'Exempt: Links to more information',
  });
  await expect(exempt).toBeVisible();
  await exempt.click();
  await expect(
    docs.getByRole('note', { name: 'Exemption details' }),
  ).toContainText('The widget is retired at the end of the quarter');

  // The exemption is stored: it is still there after a reload, and revoking
  // it makes the check fail again.
  await page.reload();
  await waitForResults(page, docs);
  await docs
    .getByRole('button', { name: 'Exempt: Links to more information' })
    .click();
  await docs
    .getByRole('button', {
      name: 'Revoke exemption for Links to more information',
    })
    .click();
  await expect(
    docs.getByRole('button', { name: 'Fail: Links to more information' }),
  ).toBeVisible();
});

test("the overview card shows a component's levels and links to its tab", async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog/default/component/checkout-service');
  const list = page.getByRole('list', { name: 'Scorecards' });
  await waitForResults(page, list);
  await expect(
    list.getByRole('listitem').filter({ hasText: 'Production readiness' }),
  ).toContainText(/Score \d+/);

  await page.getByRole('link', { name: /View all checks/ }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/checkout-service\/scorecards$/,
  );
  await expect(
    page.getByRole('region', { name: 'Production readiness scorecard' }),
  ).toBeVisible();
});

test("a group page's Scorecards tab rolls up the group and its child groups", async ({
  signedInPage: page,
}) => {
  await page.goto('/catalog/default/group/commerce');
  await page.getByRole('tab', { name: 'Scorecards' }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/group\/commerce\/scorecards$/,
  );

  const docs = page.getByRole('region', { name: 'Documentation roll-up' });
  await waitForResults(page, docs);
  await expect(page.getByText(/entities measured for/)).toContainText(
    'and its child groups',
  );
  // team-checkout sits below commerce, so its widget is in the roll-up.
  await docs.getByRole('button', { name: 'Show entities and trend' }).click();
  await page
    .getByRole('textbox', { name: 'Filter entities' })
    .fill('legacy-cart');
  await expect(
    page
      .getByRole('table', { name: 'Entities in Documentation' })
      .getByRole('link', { name: 'legacy-cart-widget' }),
  ).toBeVisible();
});
