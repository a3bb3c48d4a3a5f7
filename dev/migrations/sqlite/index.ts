import * as migration_20261125_120713_initial from './20261125_120713_initial.js';

export const migrations = [
  {
    up: migration_20261125_120713_initial.up,
    down: migration_20261125_120713_initial.down,
    name: '20261125_120713_initial'
  },
];
