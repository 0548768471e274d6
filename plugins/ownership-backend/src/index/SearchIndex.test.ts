import { SearchIndex } from './SearchIndex';

const index = SearchIndex.build([
  {
    ref: 'component:default/web',
    terms: [
      { value: 'web', field: 'name' },
      { value: 'acme/web-shop', field: 'github.com/project-slug' },
    ],
  },
  {
    ref: 'component:default/web-api',
    terms: [{ value: 'web-api', field: 'name' }],
  },
  {
    ref: 'component:default/payments',
    terms: [
      { value: 'payments', field: 'name' },
      { value: 'pxyz12', field: 'pagerduty.com/service-id' },
      { value: 'web', field: 'tag' },
    ],
  },
]);

describe('SearchIndex', () => {
  it('ranks exact names, then prefixes, then tags', () => {
    expect(index.search('web').map(h => [h.ref, h.field])).toEqual([
      ['component:default/web', 'name'],
      ['component:default/web-api', 'name'],
      ['component:default/payments', 'tag'],
    ]);
  });

  it('finds words inside values such as a repository slug', () => {
    expect(index.search('web-shop')).toEqual([
      {
        ref: 'component:default/web',
        field: 'github.com/project-slug',
        score: 64,
      },
    ]);
    expect(index.search('shop')[0].ref).toBe('component:default/web');
  });

  it('finds annotation values such as a PagerDuty service id', () => {
    expect(index.search('pxyz12')[0]).toMatchObject({
      ref: 'component:default/payments',
      field: 'pagerduty.com/service-id',
    });
  });

  it('returns nothing for no match and stops scanning at the cap', () => {
    expect(index.search('zzz')).toEqual([]);
    expect(index.search('w', 1)).toHaveLength(1);
  });

  it('looks inside names and titles when nothing starts with the query', () => {
    const entries = [
      {
        ref: 'component:default/webshop',
        terms: [{ value: 'webshop', field: 'name' }],
      },
      {
        ref: 'component:default/legacy',
        terms: [
          { value: 'legacy', field: 'name' },
          { value: 'old eshop frontend', field: 'title' },
        ],
      },
      {
        ref: 'component:default/billing',
        terms: [
          { value: 'billing', field: 'name' },
          { value: 'acme/workshop-billing', field: 'github.com/project-slug' },
        ],
      },
    ];
    const shops = SearchIndex.build(entries);

    // Annotation values are not searched inside; names outrank titles.
    expect(shops.search('shop').map(h => [h.ref, h.field])).toEqual([
      ['component:default/webshop', 'name'],
      ['component:default/legacy', 'title'],
    ]);
    // Too short a query is not looked for inside values.
    expect(shops.search('sh')).toEqual([]);

    // Once a value starts with the query, only the prefix search answers.
    const withPrefix = SearchIndex.build([
      ...entries,
      {
        ref: 'component:default/shopping-cart',
        terms: [{ value: 'shopping-cart', field: 'name' }],
      },
    ]);
    expect(withPrefix.search('shop').map(h => h.ref)).toEqual([
      'component:default/shopping-cart',
    ]);
  });
});
