import { apiClients } from '@rectify/db';
import { type ApiClient, PartnerScope } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { API_CLIENT_FIELDS } from './auth-labels.js';
import { newSecretToken, sha256 } from './secret-tokens.js';

/** Partner tokens start with this, so that authentication tells them from access tokens at a glance. */
export const API_TOKEN_PREFIX = 'rfy_';
const MAX_LIFETIME_MS = 366 * 86_400_000;

export interface CreateApiClientInput {
  name: string;
  department: string;
  scopes: PartnerScope[];
  expiresAt: Date | string;
}

/** A partner department's read-only token. The token is returned here once; only its hash is kept. */
export const createApiClient = defineUseCase(
  'apiClient.write',
  async (ctx, input: CreateApiClientInput): Promise<{ apiClient: ApiClient; token: string }> => {
    const now = ctx.now();
    const expiresAt = new Date(input.expiresAt);
    const v = new Validator()
      .required('name', API_CLIENT_FIELDS.name, input.name)
      .maxLength('name', API_CLIENT_FIELDS.name, input.name, 100)
      .required('department', API_CLIENT_FIELDS.department, input.department)
      .maxLength('department', API_CLIENT_FIELDS.department, input.department, 100)
      .check(input.scopes.length > 0, 'scopes', 'REQUIRED', {
        zh: '至少选择一项授权范围',
        en: 'choose at least one scope',
      });
    for (const scope of input.scopes) {
      v.check(PartnerScope.is(scope), 'scopes', 'INVALID', {
        zh: `未知的授权范围:${scope}`,
        en: `unknown scope: ${scope}`,
      });
    }
    if (Number.isNaN(expiresAt.getTime())) {
      v.add('expiresAt', 'INVALID_DATE', { zh: '有效期不是有效时间', en: 'the expiry is not a valid time' });
    } else {
      v.check(expiresAt > now, 'expiresAt', 'IN_PAST', {
        zh: '有效期必须晚于现在',
        en: 'the expiry must be in the future',
      });
      v.check(expiresAt.getTime() - now.getTime() <= MAX_LIFETIME_MS, 'expiresAt', 'TOO_LONG', {
        zh: '令牌有效期不能超过一年',
        en: 'a token may live at most one year',
      });
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
        tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
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
