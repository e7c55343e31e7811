import { apiClients } from '@rectify/db';
import { type ApiClient, PartnerScope } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { API_CLIENT_FIELDS } from './auth-labels.js';
import { newSecretToken, sha256 } from './secret-tokens.js';

/** Partner tokens start with this, so that authentication tells them from access tokens at a glance. */
export const API_TOKEN_PREFIX = 'rfy_';
/** Stored in clear and shown in lists, so that an administrator can tell tokens apart; too short to use. */
const TOKEN_PREFIX_LENGTH = 8;

/** Partner tokens are renewed at least yearly: a forgotten token does not live for ever. */
const oneYearAfter = (now: Date) => {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return limit;
};

export interface CreateApiClientInput {
  name: string;
  department: string;
  scopes: PartnerScope[];
  /** When the token stops working: in the future, at most a year ahead. */
  expiresAt: Date | string;
}

/** A partner department's read-only token. The token is returned here once; only its hash is kept. */
export const createApiClient = defineUseCase(
  'apiClient.write',
  async (ctx, input: CreateApiClientInput): Promise<{ apiClient: ApiClient; token: string }> => {
    const now = ctx.now();
    const expiresAt = new Date(input.expiresAt);
    const scopes: unknown[] = Array.isArray(input.scopes) ? input.scopes : [];
    const v = new Validator()
      .required('name', API_CLIENT_FIELDS.name, input.name)
      .maxLength('name', API_CLIENT_FIELDS.name, input.name, 100)
      .required('department', API_CLIENT_FIELDS.department, input.department)
      .maxLength('department', API_CLIENT_FIELDS.department, input.department, 100)
      .check(scopes.length > 0, 'scopes', 'REQUIRED', messages.auth.chooseLeastOneScope);
    for (const scope of scopes) {
      v.check(
        PartnerScope.is(scope),
        'scopes',
        'INVALID',
        messages.auth.unknownScope({ scope: String(scope) }),
      );
    }
    if (Number.isNaN(expiresAt.getTime())) {
      v.add('expiresAt', 'INVALID_DATE', messages.auth.expiryNotValidTime);
    } else {
      v.check(expiresAt > now, 'expiresAt', 'IN_PAST', messages.auth.expiryMustFuture);
      v.check(expiresAt <= oneYearAfter(now), 'expiresAt', 'TOO_LONG', messages.auth.tokenMayLiveMostOne);
    }
    v.done();
    const token = newSecretToken(API_TOKEN_PREFIX);
    const [row] = await ctx.tx
      .insert(apiClients)
      .values({
        name: input.name.trim(),
        department: input.department.trim(),
        scopes: [...new Set(input.scopes)],
        tokenHash: sha256(token),
        tokenPrefix: token.slice(0, TOKEN_PREFIX_LENGTH),
        expiresAt,
        createdById: ctx.actor.userId,
        createdAt: now,
      })
      .returning();
    const { tokenHash: _hash, ...apiClient } = row!;
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'apiClient.create',
      entity: 'apiClient',
      entityId: apiClient.id,
      after: apiClient,
    });
    return { apiClient, token };
  },
);
