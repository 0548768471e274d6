/*
 * Copyright 2026 The Cairn Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // Entities seen by the evaluation, with what roll-ups group them by.
  await knex.schema.createTable('scorecards_entities', table => {
    table.string('entity_ref', 255).primary().notNullable();
    table.string('kind', 64).notNullable();
    table.string('title', 255).nullable();
    table.string('owner_ref', 255).nullable();
    table.string('system_ref', 255).nullable();
    table.string('domain_ref', 255).nullable();
    table.bigInteger('seen_at').notNullable();
    table.index(['owner_ref'], 'scorecards_entities_owner_idx');
    table.index(['system_ref'], 'scorecards_entities_system_idx');
    table.index(['domain_ref'], 'scorecards_entities_domain_idx');
  });

  // Current result of one scorecard for one entity; checks as JSON.
  await knex.schema.createTable('scorecards_results', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('scorecard_id', 64).notNullable();
    table.float('score').notNullable();
    table.integer('level_index').notNullable();
    table.string('level_id', 64).nullable();
    table.text('checks').notNullable();
    table.text('failing').notNullable();
    table.bigInteger('evaluated_at').notNullable();
    table.bigInteger('changed_at').notNullable();
    table.primary(['entity_ref', 'scorecard_id']);
    table.index(['scorecard_id'], 'scorecards_results_scorecard_idx');
  });

  // One row per check result change.
  await knex.schema.createTable('scorecards_history', table => {
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('scorecard_id', 64).notNullable();
    table.string('check_id', 64).notNullable();
    table.string('state', 16).notNullable();
    table.string('previous_state', 16).nullable();
    table.text('message').nullable();
    table.bigInteger('changed_at').notNullable();
    table.index(['entity_ref', 'changed_at'], 'scorecards_history_entity_idx');
    table.index(['changed_at'], 'scorecards_history_changed_idx');
  });

  // Daily score per entity and scorecard, for trends.
  await knex.schema.createTable('scorecards_snapshots', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('scorecard_id', 64).notNullable();
    table.string('day', 10).notNullable();
    table.float('score').notNullable();
    table.string('level_id', 64).nullable();
    table.primary(['entity_ref', 'scorecard_id', 'day']);
    table.index(['scorecard_id', 'day'], 'scorecards_snapshots_day_idx');
  });

  // Facts per entity and source; error set when the collector failed.
  await knex.schema.createTable('scorecards_facts', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('source', 64).notNullable();
    table.text('facts').nullable();
    table.text('error').nullable();
    table.bigInteger('collected_at').notNullable();
    table.primary(['entity_ref', 'source']);
  });

  await knex.schema.createTable('scorecards_exemptions', table => {
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('scorecard_id', 64).notNullable();
    table.string('check_id', 64).notNullable();
    table.text('reason').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.string('created_by', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.index(['entity_ref'], 'scorecards_exemptions_entity_idx');
    table.index(['expires_at'], 'scorecards_exemptions_expires_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'scorecards_exemptions',
    'scorecards_facts',
    'scorecards_snapshots',
    'scorecards_history',
    'scorecards_results',
    'scorecards_entities',
  ]) {
    await knex.schema.dropTable(table);
  }
};
