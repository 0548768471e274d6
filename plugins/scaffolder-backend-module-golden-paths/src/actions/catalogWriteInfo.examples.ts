import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Write catalog-info.yaml from the values the validate step normalised.',
    example: yaml.stringify({
      steps: [
        {
          id: 'catalog-info',
          action: 'cairn:catalog:write-info',
          name: 'Write catalog-info.yaml',
          input: {
            policy: 'service',
            name: "${{ steps['validate'].output.name }}",
            description: '${{ parameters.description }}',
            owner: "${{ steps['validate'].output.ownerRef }}",
            system: "${{ steps['validate'].output.systemRef }}",
            lifecycle: "${{ steps['validate'].output.lifecycle }}",
            repoUrl: "${{ steps['validate'].output.repoUrl }}",
            pagerDutyServiceId: '${{ parameters.pagerDutyServiceId }}',
            tags: ['golden-path'],
          },
        },
      ],
    }),
  },
  {
    description: 'Write the file into a sub-directory of a monorepo.',
    example: yaml.stringify({
      steps: [
        {
          id: 'catalog-info',
          action: 'cairn:catalog:write-info',
          input: {
            name: 'parcel-tracker',
            owner: 'group:default/team-checkout',
            lifecycle: 'experimental',
            techdocs: false,
            filePath: 'services/parcel-tracker/catalog-info.yaml',
          },
        },
      ],
    }),
  },
];
