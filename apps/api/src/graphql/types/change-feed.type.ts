import { ChangeKind, WebhookDeliveryStatus } from '@rectify/domain';
import type { ChangeView, WebhookDeliveryView, WebhookSubscriptionView } from '@rectify/services';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from '../json-scalar.js';
import { DateTimeScalar } from '../scalars.js';
import { UserErrorType } from './payload.js';

@ObjectType('Change', {
  description:
    'One change in the partner change feed (task status or deadline, progress, a published report).',
  simpleResolvers: true,
})
export class ChangeType implements ChangeView {
  @Field(() => String, { description: 'Pass it as `changes(after:)` to resume after this change.' })
  cursor!: string;
  @Field(() => ChangeKind.object, { description: 'What happened.' }) kind!: ChangeKind;
  @Field(() => DateTimeScalar, { description: 'When it was written.' }) at!: Date;
  @Field(() => Int, { nullable: true, description: 'The task it is about (null for a report).' })
  taskId!: number | null;
  @Field(() => Int, { nullable: true, description: 'The inspection it belongs to.' })
  inspectionId!: number | null;
  @Field(() => GraphQLJSON, {
    description: 'What changed: ids and values only (`from`/`to`; for progress `percent`, `period` …).',
  })
  data!: Record<string, unknown>;
}

@ObjectType('ChangePageInfo', { description: 'Where a page of changes ends.', simpleResolvers: true })
export class ChangePageInfoType {
  @Field(() => String, {
    nullable: true,
    description: 'Pass it as `after` next time (the `after` given when the page is empty).',
  })
  endCursor!: string | null;
  @Field(() => Boolean, { description: 'More changes wait after this page.' }) hasNextPage!: boolean;
}

@ObjectType('ChangeConnection', { description: 'A page of changes, oldest first.', simpleResolvers: true })
export class ChangeConnectionType {
  @Field(() => [ChangeType], { description: 'The changes of this page.' }) nodes!: ChangeType[];
  @Field(() => ChangePageInfoType, { description: 'Where the page ends.' }) pageInfo!: ChangePageInfoType;
}

@ObjectType('WebhookSubscription', {
  description: "A partner's endpoint: the changes its API client may see are POSTed there, signed.",
  simpleResolvers: true,
})
export class WebhookSubscriptionType implements WebhookSubscriptionView {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The API client whose scopes decide what is sent.' }) apiClientId!: number;
  @Field(() => String, { description: "The API client's name." }) apiClientName!: string;
  @Field(() => String, { description: 'Where changes are POSTed.' }) url!: string;
  @Field(() => [ChangeKind.object], { description: 'The kinds sent; empty: all the scopes allow.' })
  kinds!: ChangeKind[];
  @Field(() => Boolean, { description: 'A paused subscription is sent nothing.' }) active!: boolean;
  @Field(() => String, { description: 'The first characters of the signing secret, to recognise it.' })
  secretPrefix!: string;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: Date;
}

@ObjectType('WebhookDelivery', {
  description: 'One POST of a change (or a test) and its outcome.',
  simpleResolvers: true,
})
export class WebhookDeliveryType implements WebhookDeliveryView {
  @Field(() => Int, { description: 'Also sent as the Rectify-Delivery header.' }) id!: number;
  @Field(() => Int, { description: 'The subscription it was sent for.' }) subscriptionId!: number;
  @Field(() => ChangeKind.object, { nullable: true, description: 'The change sent; null for a test.' })
  kind!: ChangeKind | null;
  @Field(() => String, { nullable: true, description: "The change's cursor; null for a test." })
  changeCursor!: string | null;
  @Field(() => WebhookDeliveryStatus.object, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: "The receiver's last HTTP status." })
  responseStatus!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;
  @Field(() => DateTimeScalar, { description: 'When it was made.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt!: Date | null;
}

@ObjectType('CreateWebhookSubscriptionPayload', {
  description: 'A new subscription: its signing secret is shown here once.',
  simpleResolvers: true,
})
export class CreateWebhookSubscriptionPayload {
  @Field(() => WebhookSubscriptionType, { nullable: true, description: 'The subscription.' })
  subscription!: WebhookSubscriptionType | null;
  @Field(() => String, { nullable: true, description: 'The signing secret. It cannot be shown again.' })
  secret!: string | null;
  @Field(() => [UserErrorType], { description: 'Empty when created.' }) errors!: UserErrorType[];
}

@ObjectType('WebhookSubscriptionPayload', {
  description: 'A subscription as written.',
  simpleResolvers: true,
})
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscriptionType, { nullable: true, description: 'Null when there are errors.' })
  subscription!: WebhookSubscriptionType | null;
  @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
  errors!: UserErrorType[];
}

@ObjectType('WebhookDeliveryPayload', { description: 'A delivery as queued.', simpleResolvers: true })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType, { nullable: true, description: 'Null when there are errors.' })
  delivery!: WebhookDeliveryType | null;
  @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
  errors!: UserErrorType[];
}
