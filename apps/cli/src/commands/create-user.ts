import type { Database } from '@rectify/db';
import { Role, systemActor } from '@rectify/domain';
import { type CreateUserInput, createUser } from '@rectify/services';
import type { Command } from './command.js';
import { parseOptions } from './options.js';

/**
 * Accounts made by the installation itself (the system, not an administrator): the only way to the first
 * administrator, and to the first DISCIPLINE officers, whose accounts an administrator may create only without
 * a password, pending another DISCIPLINE officer's approval. Passwords come from the environment, not the
 * shell history.
 */
async function createAccount(db: Database, input: CreateUserInput): Promise<void> {
  const ctx = { db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  const user = await createUser(ctx, input);
  console.log(`created ${user.role} ${user.username} (id ${user.id})`);
}

const ADMIN_USAGE = 'create-admin <username> <display name>';

export const createAdmin: Command = {
  name: 'create-admin',
  usage: ADMIN_USAGE,
  summary: 'create an ADMIN account; password from RECTIFY_ADMIN_PASSWORD',
  async run(db, [username, displayName]) {
    const password = process.env.RECTIFY_ADMIN_PASSWORD;
    if (!username || !displayName || !password) {
      throw new Error(`usage: RECTIFY_ADMIN_PASSWORD=… pnpm cli ${ADMIN_USAGE}`);
    }
    await createAccount(db, { username, displayName, password, role: 'ADMIN' });
  },
};

const USER_USAGE = 'create-user <role> <username> <display name> [--unit ID] [--leader ID]';

export const createUserCommand: Command = {
  name: 'create-user',
  usage: USER_USAGE,
  summary: 'create an account of any staff role; password from RECTIFY_USER_PASSWORD',
  async run(db, args) {
    const usage = `usage: RECTIFY_USER_PASSWORD=… pnpm cli ${USER_USAGE} (roles: ${Role.values.join(', ')})`;
    const { options, positional } = parseOptions(args, ['unit', 'leader'], USER_USAGE);
    const [role, username, displayName] = positional;
    const password = process.env.RECTIFY_USER_PASSWORD;
    if (!Role.is(role) || role === 'PARTNER' || !username || !displayName || !password)
      throw new Error(usage);
    const id = (name: string) => {
      if (!options.has(name)) return null;
      const value = Number(options.get(name));
      if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes an id: ${usage}`);
      return value;
    };
    await createAccount(db, {
      username,
      displayName,
      password,
      role,
      unitId: id('unit'),
      leaderId: id('leader'),
    });
  },
};
