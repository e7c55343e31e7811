import { createApiClient, createUser, readOne, revokeApiClient, updateUser } from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Int } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  CreateApiClientInputType,
  CreateUserInputType,
  UpdateUserInputType,
} from '../inputs/accounts.input.js';
import { mutation, mutationResolver, payload, readBack } from '../mutation.js';
import { specOf } from '../selection.js';
import { ApiClientPayload, UserPayload } from '../types/payloads.js';
import { CreateApiClientPayload } from '../types/session.type.js';

const user = readBack('user', 'User');

/** The new client read back, with its token beside it (shown this once). */
function createdClient(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  run: () => Promise<{ apiClient: { id: number }; token: string }>,
) {
  return payload('apiClient', ctx.locale, async () => {
    const created = await run();
    return readOne(
      ctx.services(),
      'ApiClient',
      created.apiClient.id,
      specOf(info, 'ApiClient', ['apiClient']),
    ).then((apiClient) => ({ apiClient, token: created.token }));
  }).then((result) => ({ ...(result.apiClient as object | null), errors: result.errors }));
}

export const AccountsMutationsResolver = mutationResolver('AccountsMutationsResolver', {
  createUser: mutation({
    useCase: createUser,
    input: CreateUserInputType,
    payload: UserPayload,
    answer: user,
    description: 'Create an account.',
  }),
  updateUser: mutation({
    useCase: updateUser,
    input: UpdateUserInputType,
    payload: UserPayload,
    answer: user,
    description: 'Change an account; deactivating it ends its sessions.',
  }),
  createApiClient: mutation({
    useCase: createApiClient,
    input: CreateApiClientInputType,
    payload: CreateApiClientPayload,
    answer: createdClient,
    description: "Create a partner department's token; it is shown once.",
  }),
  revokeApiClient: mutation({
    useCase: revokeApiClient,
    input: { id: { type: () => Int, description: 'The API client.' } },
    payload: ApiClientPayload,
    answer: readBack('apiClient', 'ApiClient'),
    description: 'Stop a partner token at once.',
  }),
});
