import { hash, verify } from '@node-rs/argon2';
import type { Validator } from '../kernel/validate.js';
import { USER_FIELDS } from './auth-labels.js';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes): about 30 ms here, slow for a guesser.
// algorithm 2 is Argon2id (the package's enum is a const enum, which isolated modules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified against when the account does not exist, so both answers take as long. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword('rectify-no-such-account');
  return dummyHash;
};

export function checkPasswordPolicy(
  v: Validator,
  password: string | null | undefined,
  field = 'password',
): void {
  v.required(field, USER_FIELDS.password, password);
  if (password != null && password !== '' && [...password].length < PASSWORD_MIN_LENGTH) {
    v.add(field, 'TOO_SHORT', {
      zh: `密码至少${PASSWORD_MIN_LENGTH}位`,
      en: `the password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  }
  if (password != null && [...password].length > 200) {
    v.add(field, 'TOO_LONG', {
      zh: '密码不能超过200位',
      en: 'the password must have at most 200 characters',
    });
  }
}
