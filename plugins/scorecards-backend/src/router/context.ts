import {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ScorecardsSettings } from '../config';
import { DatabaseScorecardsStore } from '../database';
import { CatalogAccess } from '../service/CatalogAccess';
import { RollupService } from '../service/RollupService';
import { ScorecardsService } from '../service/ScorecardsService';

/** What the route handlers share. */
export interface RouterContext {
  service: ScorecardsService;
  rollups: RollupService;
  store: DatabaseScorecardsStore;
  catalog: CatalogAccess;
  settings: ScorecardsSettings;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  logger: LoggerService;
}
