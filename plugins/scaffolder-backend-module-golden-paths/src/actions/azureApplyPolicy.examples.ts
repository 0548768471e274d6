import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Apply the branch-policy set chosen by the validate step to the Azure DevOps repository just published.',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply-policy',
          action: 'cairn:azure:repo:apply-policy',
          name: 'Apply branch policy',
          input: {
            repoUrl: "${{ steps['validate'].output.repoUrl }}",
            branchPolicy: "${{ steps['validate'].output.branchPolicy }}",
          },
        },
      ],
    }),
  },
  {
    description: 'Apply a fixed set to the main branch.',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply-policy',
          action: 'cairn:azure:repo:apply-policy',
          input: {
            repoUrl:
              'dev.azure.com?organization=lumen&project=commerce&repo=parcel-tracker',
            branchPolicy: 'standard',
          },
        },
      ],
    }),
  },
];
