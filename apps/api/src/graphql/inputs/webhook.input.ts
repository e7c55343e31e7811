import { ChangeKind } from '@rectify/domain';
import type { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput } from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';

@InputType('CreateWebhookSubscriptionInput', {
  description: "A partner's endpoint for one of its API clients.",
})
export class CreateWebhookSubscriptionInputType implements CreateWebhookSubscriptionInput {
  @Field(() => Int, { description: 'The API client whose scopes decide what is sent.' }) apiClientId!: number;
  @Field(() => String, { description: 'An http(s) address.' }) url!: string;
  @Field(() => [ChangeKind.object], {
    nullable: true,
    description: 'The kinds to send; empty or omitted: all.',
  })
  kinds?: ChangeKind[];
}

@InputType('UpdateWebhookSubscriptionInput', {
  description: 'Changes to a subscription; omitted fields stay.',
})
export class UpdateWebhookSubscriptionInputType implements UpdateWebhookSubscriptionInput {
  @Field(() => Int, { description: 'The subscription.' }) id!: number;
  @Field(() => String, { nullable: true, description: 'An http(s) address.' }) url?: string;
  @Field(() => [ChangeKind.object], { nullable: true, description: 'The kinds to send; empty: all.' })
  kinds?: ChangeKind[];
  @Field(() => Boolean, { nullable: true, description: 'False pauses it: nothing is sent, nor later.' })
  active?: boolean;
}
