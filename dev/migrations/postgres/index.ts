import * as migration_20261124_190911_initial from './20261124_190911_initial.js';

export const migrations = [
  {
    up: migration_20261124_190911_initial.up,
    down: migration_20261124_190911_initial.down,
    name: '20261124_190911_initial'
  },
];
