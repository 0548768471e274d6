/*
 * Runs the module by itself: `yarn start` in this folder starts a backend
 * with the scaffolder, the catalog and the golden-path actions, using the
 * repository's app-config.yaml (the goldenPaths policies and the templates).
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-azure'));
backend.add(import('../src'));

backend.start();
