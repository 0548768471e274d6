import { createDevApp } from '@backstage/dev-utils';
import { ownershipPlugin, OwnershipPage } from '../src';

// Runs the page against the ownership backend at backend.baseUrl; start the
// example backend (or the backend plugin's dev entry) first.
createDevApp()
  .registerPlugin(ownershipPlugin)
  .addPage({
    element: <OwnershipPage />,
    title: 'Ownership',
    path: '/ownership',
  })
  .render();
