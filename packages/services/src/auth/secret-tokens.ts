import { createHash, randomBytes } from 'node:crypto';

/** A long random token; only its sha256 is stored (a fast hash suffices for 256 random bits). */
export const newSecretToken = (prefix = '') => `${prefix}${randomBytes(32).toString('base64url')}`;

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
