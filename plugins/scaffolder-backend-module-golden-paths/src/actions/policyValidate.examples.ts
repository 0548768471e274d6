import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Check a new GitHub service against the "service" policy before anything is written.',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'cairn:policy:validate',
          name: 'Check the golden-path policy',
          input: {
            policy: 'service',
            name: '${{ parameters.name }}',
            owner: '${{ parameters.owner }}',
            system: '${{ parameters.system }}',
            lifecycle: '${{ parameters.lifecycle }}',
            target: {
              provider: 'github',
              organization: '${{ parameters.organization }}',
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Check an Azure DevOps repository; the output repoUrl feeds publish:azure.',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'cairn:policy:validate',
          input: {
            policy: 'service',
            name: 'parcel-tracker',
            owner: 'group:default/team-checkout',
            target: {
              provider: 'azure',
              organization: 'lumen',
              project: 'commerce',
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Check an access request: the requesting team and the resource, no name.',
    example: yaml.stringify({
      steps: [
        {
          id: 'validate',
          action: 'cairn:policy:validate',
          input: {
            policy: 'access-request',
            owner: '${{ parameters.team }}',
            resource: '${{ parameters.resource }}',
          },
        },
      ],
    }),
  },
];
