import { createBackend } from '@backstage/backend-defaults';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

// Runs the scorecards backend alone (`yarn start` in this package) against an
// in-memory catalog holding the example entities, with the repository's
// app-config.yaml (whose definition files resolve from this folder too).
const examples = path.resolve(__dirname, '../../../examples');
const entities = ['org.yaml', 'entities.yaml'].flatMap(file =>
  parseAllDocuments(fs.readFileSync(path.join(examples, file), 'utf8'))
    .map(document => document.toJS() as Entity | null)
    .filter((entity): entity is Entity => Boolean(entity?.kind)),
);

const backend = createBackend();
backend.add(catalogServiceMock.factory({ entities }));
backend.add(import('../src'));
backend.start();
