import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { USER_FIELDS } from './auth-labels.js';

// argon2id, 64 MiB and 2 passes: over three times OWASP's minimum work, yet about 40 ms here, so that
// sign-in stays quick and tests need no weaker setting. algorithm 2 is Argon2id (the package's enum is a
// const enum, which isolated modules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 65_536, timeCost: 2, parallelism: 1 } as const;
const { memoryCost: m, timeCost: t, parallelism: p } = OPTIONS;
const CURRENT_PARAMS = `$argon2id$v=19$m=${m},t=${t},p=${p}$`;

const PASSWORD_MIN_LENGTH = 8;
/** Long passphrases are welcome; the bound only stops a megabyte "password" from reaching the hasher. */
const PASSWORD_MAX_LENGTH = 200;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash made with other parameters (older, weaker) is replaced at the next successful sign-in. */
export const needsRehash = (passwordHash: string): boolean => !passwordHash.startsWith(CURRENT_PARAMS);

let dummyHash: Promise<string> | undefined;
/**
 * A hash of a random password nobody knows, verified against when the account does not exist, so that an
 * unknown username costs as much time as a wrong password. Made once per process.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummyHash;
}

/** The password policy, reported on `field` (`password`, or `newPassword` when a user changes their own). */
export function checkPasswordPolicy(
  v: Validator,
  password: string | null | undefined,
  field = 'password',
): void {
  v.required(field, USER_FIELDS.password, password);
  if (typeof password !== 'string' || password.trim() === '') return;
  const length = [...password].length;
  v.check(
    length >= PASSWORD_MIN_LENGTH,
    field,
    'TOO_SHORT',
    messages.auth.passwordMustLeastCharacters({ minLength: PASSWORD_MIN_LENGTH }),
  );
  v.check(
    length <= PASSWORD_MAX_LENGTH,
    field,
    'TOO_LONG',
    messages.auth.passwordMustMostCharacters({ maxLength: PASSWORD_MAX_LENGTH }),
  );
}
