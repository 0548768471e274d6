import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { goldenPathsTestConfig } from '../__testUtils__/fixtures';
import { readGoldenPathsConfig } from './readGoldenPathsConfig';

const read = (goldenPaths: JsonObject) =>
  readGoldenPathsConfig(new ConfigReader({ goldenPaths }));

describe('readGoldenPathsConfig', () => {
  it('reads policies and branch-policy sets with their defaults', () => {
    const config = read(goldenPathsTestConfig);
    const service = config.policies.get('service')!;

    expect(service.naming.pattern!.test('parcel-tracker')).toBe(true);
    expect(service.naming.reservedWords).toEqual([
      'admin',
      'backstage',
      'test',
    ]);
    expect(service.requireMembership).toBe(true);
    expect(service.owners[0]).toEqual({
      group: 'group:default/commerce',
      githubOrganizations: ['lumen-logistics'],
      azureProjects: ['lumen/commerce'],
    });
    expect(config.policies.get('access-request')).toMatchObject({
      lifecycles: undefined,
      owners: [],
      requiredAnnotations: [],
      accessLevels: [
        { level: 'read', maxDurationDays: 90 },
        { level: 'write', maxDurationDays: 30 },
        { level: 'admin', maxDurationDays: 7 },
      ],
    });
    expect(config.branchPolicies.get('strict')!.github).toEqual({
      mode: 'ruleset',
      enforceAdmins: false,
    });
  });

  it('returns empty maps without config', () => {
    const config = readGoldenPathsConfig(new ConfigReader({}));
    expect(config.policies.size).toBe(0);
    expect(config.branchPolicies.size).toBe(0);
  });

  it('normalises owner group refs', () => {
    const config = read({
      policies: { p: { owners: [{ group: 'team-checkout' }] } },
    });
    expect(config.policies.get('p')!.owners[0].group).toBe(
      'group:default/team-checkout',
    );
  });

  it.each<[string, JsonObject, string]>([
    [
      'a bad pattern',
      { policies: { svc: { naming: { pattern: '([a-z' } } } },
      'goldenPaths.policies.svc.naming.pattern',
    ],
    [
      'min above max',
      { policies: { svc: { naming: { minLength: 9, maxLength: 3 } } } },
      'goldenPaths.policies.svc.naming.minLength',
    ],
    [
      'a negative length',
      { policies: { svc: { naming: { maxLength: -1 } } } },
      'goldenPaths.policies.svc.naming.maxLength',
    ],
    [
      'an unknown branch-policy set',
      { policies: { svc: { branchPolicy: 'gold' } } },
      'goldenPaths.policies.svc.branchPolicy',
    ],
    [
      'an owner that is not a group',
      { policies: { svc: { owners: [{ group: 'user:default/guest' }] } } },
      'goldenPaths.policies.svc.owners[0].group',
    ],
    [
      'an Azure project without its organisation',
      {
        policies: {
          svc: { owners: [{ group: 'g', azureProjects: ['commerce'] }] },
        },
      },
      'goldenPaths.policies.svc.owners[0].azureProjects[0]',
    ],
    [
      'an empty lifecycle list',
      { policies: { svc: { lifecycles: [] } } },
      'goldenPaths.policies.svc.lifecycles',
    ],
    [
      'an empty reserved word',
      { policies: { svc: { naming: { reservedWords: ['ok', ' '] } } } },
      'goldenPaths.policies.svc.naming.reservedWords[1]',
    ],
    [
      'a negative access duration',
      {
        policies: {
          a: { accessLevels: [{ level: 'read', maxDurationDays: -1 }] },
        },
      },
      'goldenPaths.policies.a.accessLevels[0].maxDurationDays',
    ],
    [
      'too many approvals',
      { branchPolicies: { s: { requiredApprovals: 11 } } },
      'goldenPaths.branchPolicies.s.requiredApprovals',
    ],
    [
      'an unknown GitHub mode',
      { branchPolicies: { s: { github: { mode: 'rules' } } } },
      'goldenPaths.branchPolicies.s.github.mode',
    ],
    [
      'a build definition that is not an id',
      { branchPolicies: { s: { azure: { buildDefinitionIds: [1, 'ci'] } } } },
      'goldenPaths.branchPolicies.s.azure.buildDefinitionIds[1]',
    ],
  ])('names the key path for %s', (_case, goldenPaths, key) => {
    expect(() => read(goldenPaths)).toThrow(`Invalid config at ${key}: `);
  });

  it('leaves type errors to the config reader, which names the key', () => {
    expect(() =>
      read({ policies: { svc: { naming: { minLength: 'three' } } } }),
    ).toThrow(/goldenPaths\.policies\.svc\.naming\.minLength/);
  });
});
