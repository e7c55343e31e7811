import { users } from '@rectify/db';
import type { Role } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalid } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { USER_FIELDS } from './auth-labels.js';
import { type PublicUser, publicUser } from './issue-session.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { NO_PASSWORD, openReset, tellAccount, whoIs } from './reset-rules.js';
import {
  checkDisplayName,
  checkRoleBinding,
  isUniqueViolation,
  USERNAME_PATTERN,
  usernameTaken,
} from './user-rules.js';

export interface CreateUserInput {
  /** Stored in lower case, as sign-in compares it. */
  username: string;
  displayName: string;
  /** Required, except for a DISCIPLINE account created by a person, where it is refused. */
  password?: string | null;
  role: Role;
  /** Required for UNIT, refused for any other role. */
  unitId?: number | null;
  /** Required for LEADER, refused for any other role. */
  leaderId?: number | null;
}

/**
 * Creates an account. Every problem with the input is reported at once; the password is kept only hashed.
 * A DISCIPLINE account created by a person (an administrator) gets no password: it waits for another
 * DISCIPLINE user's approval, whose code lets its holder choose one (an administrator must not hold the
 * credentials of an account that reads clue identities). The installation itself (the command line) may
 * still set one.
 */
export const createUser = defineUseCase(
  'user.write',
  async (ctx, input: CreateUserInput): Promise<PublicUser> => {
    const username = typeof input.username === 'string' ? input.username.trim().toLowerCase() : '';
    const v = new Validator().required('username', USER_FIELDS.username, username);
    if (username) {
      v.check(
        USERNAME_PATTERN.test(username),
        'username',
        'INVALID',
        messages.auth.username332LowercaseLetters,
      );
      const [taken] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.username, username));
      v.check(!taken, 'username', 'TAKEN', usernameTaken(username));
    }
    checkDisplayName(v, input.displayName);
    const enrolment = input.role === 'DISCIPLINE' && ctx.actor.userId != null;
    if (!enrolment) checkPasswordPolicy(v, input.password);
    else if (input.password) {
      v.add('password', 'NOT_ALLOWED', messages.auth.disciplineAccountSPasswordSet);
    }
    await checkRoleBinding(ctx.tx, v, input);
    v.done();
    const now = ctx.now();
    const inserted = await ctx.tx
      .insert(users)
      .values({
        username,
        displayName: input.displayName.trim(),
        passwordHash: enrolment ? NO_PASSWORD : await hashPassword(input.password ?? ''),
        role: input.role,
        unitId: input.unitId ?? null,
        leaderId: input.leaderId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .catch((error: unknown) => {
        // Created by someone else since the check above: the unique index decides, with the same answer.
        if (isUniqueViolation(error)) {
          throw invalid([{ field: 'username', code: 'TAKEN', message: usernameTaken(username) }]);
        }
        throw error;
      });
    const user = publicUser(inserted[0]!);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: user,
    });
    if (enrolment) {
      const { row } = await openReset(ctx.tx, ctx.actor, now, {
        userId: user.id,
        reason: 'ENROL',
        needsApproval: true,
      });
      await tellAccount(
        ctx.tx,
        now,
        [{ role: 'DISCIPLINE' }],
        { entity: 'passwordReset', entityId: row.id },
        messages.auth.administratorCreatedDisciplineAccountAwaiting({ account: whoIs(user) }),
      );
    }
    return user;
  },
);
