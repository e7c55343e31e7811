import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { ApiClientType, UserType } from './accounts.type.js';
import { UserErrorType } from './payload.js';

@ObjectType('LoginPayload', {
  description: 'A signed-in session: a short-lived access token and a refresh token.',
  simpleResolvers: true,
})
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`.' })
  accessToken!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the access token stops working.' })
  accessTokenExpiresAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Exchange it, once, for a new pair with refreshSession.',
  })
  refreshToken!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the refresh token stops working.' })
  refreshTokenExpiresAt!: Date | null;
  @Field(() => UserType, { nullable: true, description: 'Who signed in.' }) user!: unknown;
  @Field(() => [UserErrorType], { description: 'Empty when signed in.' }) errors!: UserErrorType[];
}

@ObjectType('Me', { description: 'The signed-in user and what their role may do.', simpleResolvers: true })
export class MeType {
  @Field(() => UserType, { description: 'The user.' }) user!: unknown;
  @Field(() => [String], {
    description: 'Every permission the role holds (the server still checks each call).',
  })
  permissions!: string[];
}

@ObjectType('CreateApiClientPayload', {
  description: 'A new partner token: the token is shown here once.',
  simpleResolvers: true,
})
export class CreateApiClientPayload {
  @Field(() => ApiClientType, { nullable: true, description: 'The token record (without the token).' })
  apiClient!: unknown;
  @Field(() => String, { nullable: true, description: 'The token itself. It cannot be shown again.' })
  token!: string | null;
  @Field(() => [UserErrorType], { description: 'Empty when created.' }) errors!: UserErrorType[];
}
