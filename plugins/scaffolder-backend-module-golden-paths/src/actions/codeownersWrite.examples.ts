import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      "Make the owner group's GitHub team the code owner of every path.",
    example: yaml.stringify({
      steps: [
        {
          id: 'codeowners',
          action: 'cairn:codeowners:write',
          name: 'Write CODEOWNERS',
          input: {
            owner: "${{ steps['validate'].output.ownerRef }}",
            repoUrl: "${{ steps['validate'].output.repoUrl }}",
          },
        },
      ],
    }),
  },
  {
    description: 'Name the team and add a rule for the docs folder.',
    example: yaml.stringify({
      steps: [
        {
          id: 'codeowners',
          action: 'cairn:codeowners:write',
          input: {
            owner: 'group:default/team-checkout',
            team: 'lumen-logistics/checkout',
            rules: [{ pattern: '/docs/', owners: ['@lumen-logistics/devex'] }],
            filePath: 'CODEOWNERS',
          },
        },
      ],
    }),
  },
];
