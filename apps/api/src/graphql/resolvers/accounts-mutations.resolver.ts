import { createApiClient, createUser, readOne, revokeApiClient, updateUser } from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  CreateApiClientInputType,
  CreateUserInputType,
  UpdateUserInputType,
} from '../inputs/accounts.input.js';
import { payload, writeThenRead } from '../mutation.js';
import { specOf } from '../selection.js';
import { ApiClientPayload, UserPayload } from '../types/payloads.js';
import { CreateApiClientPayload } from '../types/session.type.js';

@Resolver()
export class AccountsMutationsResolver {
  @Authorized(createUser.permission)
  @Mutation(() => UserPayload, { description: 'Create an account.' })
  createUser(
    @Arg('input', () => CreateUserInputType, { description: 'What to write; see the input type.' })
    input: CreateUserInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'user', 'User', (s) => createUser(s, input));
  }

  @Authorized(updateUser.permission)
  @Mutation(() => UserPayload, { description: 'Change an account; deactivating it ends its sessions.' })
  updateUser(
    @Arg('input', () => UpdateUserInputType, { description: 'What to write; see the input type.' })
    input: UpdateUserInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'user', 'User', (s) => updateUser(s, input));
  }

  @Authorized(createApiClient.permission)
  @Mutation(() => CreateApiClientPayload, {
    description: "Create a partner department's token; it is shown once.",
  })
  createApiClient(
    @Arg('input', () => CreateApiClientInputType, { description: 'What to write; see the input type.' })
    input: CreateApiClientInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('apiClient', ctx.locale, async () => {
      const services = ctx.services();
      const created = await createApiClient(services, input);
      return readOne(
        services,
        'ApiClient',
        created.apiClient.id,
        specOf(info, 'ApiClient', ['apiClient']),
      ).then((apiClient) => ({ apiClient, token: created.token }));
    }).then((result) => ({ ...(result.apiClient as object | null), errors: result.errors }));
  }

  @Authorized(revokeApiClient.permission)
  @Mutation(() => ApiClientPayload, { description: 'Stop a partner token at once.' })
  revokeApiClient(
    @Arg('id', () => Int, { description: 'The API client.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'apiClient', 'ApiClient', (s) => revokeApiClient(s, { id }));
  }
}
