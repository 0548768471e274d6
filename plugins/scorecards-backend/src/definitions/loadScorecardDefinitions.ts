import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  compileScorecards,
  CompiledScorecard,
} from '@cairn/plugin-scorecards-common';
import fs from 'fs/promises';
import path from 'path';
import { parseAllDocuments } from 'yaml';

/**
 * Loads scorecards from `scorecards.definitions` and the YAML files in
 * `scorecards.definitionFiles`, validates and compiles them.
 *
 * @remarks
 *
 * Any problem throws an `InputError` naming the file or config key, the
 * scorecard, the check and the key path, which stops the plugin from
 * starting.
 *
 * @public
 */
export async function loadScorecardDefinitions(
  config: Config,
  options: { baseDir?: string } = {},
): Promise<CompiledScorecard[]> {
  const inline = (
    config.getOptionalConfigArray('scorecards.definitions') ?? []
  ).map(c => c.get());
  const all = compileScorecards(inline, 'scorecards.definitions');

  const baseDir = options.baseDir ?? process.cwd();
  for (const file of config.getOptionalStringArray(
    'scorecards.definitionFiles',
  ) ?? []) {
    const fullPath = path.resolve(baseDir, file);
    let text: string;
    try {
      text = await fs.readFile(fullPath, 'utf8');
    } catch (error) {
      throw new InputError(
        `scorecards.definitionFiles: cannot read ${file}: ${
          (error as Error).message
        }`,
      );
    }
    const raw: unknown[] = [];
    for (const document of parseAllDocuments(text)) {
      if (document.errors.length > 0) {
        throw new InputError(
          `${file}: invalid YAML: ${document.errors[0].message}`,
        );
      }
      const value = document.toJS({ maxAliasCount: 100 });
      if (Array.isArray(value)) {
        raw.push(...value);
      } else if (value !== null && value !== undefined) {
        raw.push(value);
      }
    }
    all.push(...compileScorecards(raw, file));
  }

  const seen = new Set<string>();
  for (const scorecard of all) {
    if (seen.has(scorecard.id)) {
      throw new InputError(
        `scorecard "${scorecard.id}" is defined more than once`,
      );
    }
    seen.add(scorecard.id);
  }
  return all;
}
