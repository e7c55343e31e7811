import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The environment variable holding the key that encrypts channel secrets at rest (any string; hashed to 32 bytes). */
export const SECRETS_KEY_ENV = 'RECTIFY_SECRETS_KEY';
/** Outside production only: a deployment sets its own key, or secrets would be as safe as this source file. */
const DEVELOPMENT_KEY = 'rectify-development-secrets-key';

function key(): Buffer {
  const given = process.env[SECRETS_KEY_ENV];
  if (!given && process.env.NODE_ENV === 'production') {
    throw new Error(`${SECRETS_KEY_ENV} must be set in production: channel secrets are sealed with it`);
  }
  return createHash('sha256')
    .update(given || DEVELOPMENT_KEY)
    .digest();
}

/** AES-256-GCM with a fresh 12-byte nonce: `v1.<nonce>.<tag>.<ciphertext>`, each base64url. */
export function encryptSecret(plain: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', nonce, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The plain text of `encryptSecret`'s output; throws when the key is not the one it was sealed with. */
export function decryptSecret(sealed: string): string {
  const [version, nonce, tag, body] = sealed.split('.');
  if (version !== 'v1' || !nonce || !tag || body == null) throw new Error('not an encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(nonce, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** What is shown of a secret once stored: its last four characters. */
export function maskSecret(plain: string): string {
  return plain.length <= 4 ? '****' : `****${plain.slice(-4)}`;
}

/** A webhook address shown once stored: scheme, host and path, with the query (the robot's token) masked. */
export function maskUrl(url: string): string {
  const parsed = new URL(url);
  const query = [...parsed.searchParams].map(([k, v]) => `${k}=${maskSecret(v)}`).join('&');
  return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`;
}
