import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Apply the branch-policy set chosen by the validate step to the repository just published.',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply-policy',
          action: 'cairn:github:repo:apply-policy',
          name: 'Apply branch policy',
          input: {
            repoUrl: "${{ steps['validate'].output.repoUrl }}",
            branchPolicy: "${{ steps['validate'].output.branchPolicy }}",
            topics: ['golden-path', 'service'],
          },
        },
      ],
    }),
  },
  {
    description: 'Apply a fixed set to a given branch.',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply-policy',
          action: 'cairn:github:repo:apply-policy',
          input: {
            repoUrl: 'github.com?owner=lumen-logistics&repo=parcel-tracker',
            branchPolicy: 'standard',
            branch: 'main',
          },
        },
      ],
    }),
  },
];
