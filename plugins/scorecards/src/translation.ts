import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The texts of the scorecards plugin, in English. Apps translate or reword
 * them through the app's translation API.
 *
 * @alpha
 */
export const scorecardsTranslationRef = createTranslationRef({
  id: 'scorecards',
  messages: {
    states: {
      pass: 'Pass',
      fail: 'Fail',
      warn: 'Warning',
      notApplicable: 'Not applicable',
      unknown: 'Unknown',
      exempt: 'Exempt',
    },
    level: {
      none: 'No level',
      noneAriaLabel: 'Level: none reached',
      ariaLabel: 'Level: {{title}}',
      rankedAriaLabel: 'Level: {{title}} ({{rank}} of {{total}})',
    },
    entityContent: {
      loadError: 'Could not load scorecards',
      emptyTitle: 'No scorecard applies to this entity',
      emptyDescription:
        'Scorecards select the entities they measure; none of them selects this one.',
      exemptionCreated: 'Exemption created until {{date}}',
      exemptionRevoked: 'Exemption revoked',
    },
    resultCard: {
      region: '{{title}} scorecard',
      scoreAriaLabel: 'Score {{score}} out of 100',
      outOf: '/ 100',
      lastEvaluated: 'Last evaluated {{time}}',
      otherLevel: 'Other',
      passing: '{{passing}} of {{known}} passing',
      unknown: '{{unknown}} unknown',
      notApplicable: 'not applicable',
    },
    check: {
      whyItMatters: 'Why it matters',
      howToFix: 'How to fix',
      weight: 'Weight {{weight}} · evaluated {{time}}',
      exemptionDetails: 'Exemption details',
      exemptUntil: 'Exempt until {{date}}',
      grantedBy: 'Granted to {{user}} on {{date}}',
    },
    exemption: {
      button: 'Request exemption',
      buttonAriaLabel: 'Request exemption for {{title}}',
      denied:
        'You cannot request an exemption: it needs the {{permission}} permission. Ask the owner of this scorecard.',
      dialogTitle: 'Request an exemption for “{{title}}”',
      dialogText:
        'While the exemption lasts, this check counts as passing for {{entityRef}}. Say why it cannot pass yet and until when.',
      error: 'Could not create the exemption: {{message}}',
      reason: 'Reason',
      reasonHelp: 'Visible to everyone who reads this scorecard.',
      expiresOn: 'Expires on',
      expiryHelp: 'The check is evaluated normally again after this day.',
      expiryInvalid: 'Pick a date from {{from}} to {{to}}.',
      cancel: 'Cancel',
      submit: 'Request exemption',
      submitting: 'Requesting…',
      revoke: 'Revoke exemption',
      revokeAriaLabel: 'Revoke exemption for {{title}}',
      revokeError: 'Could not revoke the exemption: {{message}}',
    },
    card: {
      title: 'Scorecards',
      viewAll: 'View all checks',
      score: 'Score {{score}}',
      noFailingChecks: 'no failing checks',
      oneFailingCheck: '1 failing check',
      failingChecks: '{{failing}} failing checks',
    },
    sparkline: {
      empty: 'No score history yet',
      single: 'Score {{score}} on {{date}}',
      trend:
        'Score trend from {{from}} on {{fromDate}} to {{to}} on {{toDate}}',
    },
    rollup: {
      loadError: 'Could not load the roll-up',
      emptyTitle: 'No scorecard results here yet',
      emptyDescription:
        'No scorecard measures the entities of {{target}}, or they have not been evaluated yet.',
      measured: '{{entities}} entities measured for',
      childGroups: ' and its child groups',
      region: '{{title}} roll-up',
      averageAriaLabel: 'Average score {{score}}',
      averageOver: 'average score over {{entities}} entities',
      distributionAriaLabel: 'Level distribution of {{title}}',
      failingMost: 'Failing most',
      failingMostAriaLabel: 'Checks failing most in {{title}}',
      noneFailing: 'No check fails.',
      failingCount: '{{failing}} of {{entities}} failing',
      show: 'Show entities and trend',
      shown: 'Shown below',
    },
    table: {
      region: 'Entities measured by {{title}}',
      ariaLabel: 'Entities in {{title}}',
      filter: 'Filter entities',
      filterPlaceholder: 'Name or title',
      level: 'Level',
      allLevels: 'All levels',
      noLevel: 'No level',
      download: 'Download CSV',
      loading: 'Loading entities',
      entity: 'Entity',
      kind: 'Kind',
      owner: 'Owner',
      score: 'Score',
      failingChecks: 'Failing checks',
      noMatch: 'No entity matches these filters.',
    },
    trend: {
      title: 'Trend of {{title}}',
      subheader: 'Last {{days}} days',
      summaryAriaLabel: 'Trend summary',
      noHistory:
        'No history yet: a point is recorded for each day of evaluation.',
      firstDay:
        'Average score {{score}} on {{date}}, the first day recorded; a point is added each day.',
      summary: 'Average score {{from}} on {{fromDate}}, {{to}} on {{toDate}}.',
      entitiesAxis: 'Entities',
      averageAxis: 'Average score',
    },
    leaderboard: {
      title: 'Team leaderboard',
      ariaLabel: 'Team leaderboard for {{title}}',
      empty: 'No team has results yet.',
      rank: '#',
      team: 'Team',
      entities: 'Entities',
      average: 'Average score',
      levels: 'Levels',
    },
    page: {
      title: 'Scorecards',
      subtitle: 'How the services of a team, system or domain stand',
      rollup: 'Roll-up',
      picker: 'Group, system or domain',
      yourGroups: 'Your groups',
      pickTitle: 'Pick a group, system or domain',
      pickDescription:
        'You belong to no group, so there is nothing to show by default.',
    },
  },
});
