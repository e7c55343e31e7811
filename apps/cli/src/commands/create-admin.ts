import { systemActor } from '@rectify/domain';
import { createUser } from '@rectify/services';
import type { Command } from './command.js';

/** The first administrator of a new installation; the password comes from the environment, not the shell history. */
export const createAdmin: Command = {
  name: 'create-admin',
  usage: 'create-admin <username> <display name>',
  summary: 'create an ADMIN account; password from RECTIFY_ADMIN_PASSWORD',
  async run(db, [username, displayName]) {
    const password = process.env.RECTIFY_ADMIN_PASSWORD;
    if (!username || !displayName || !password) {
      throw new Error('usage: RECTIFY_ADMIN_PASSWORD=… pnpm cli create-admin <username> <display name>');
    }
    const ctx = { db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
    const user = await createUser(ctx, { username, displayName, password, role: 'ADMIN' });
    console.log(`created ADMIN ${user.username} (id ${user.id})`);
  },
};
