import { NotificationKind } from '@rectify/domain';
import type { InboxItem, NotificationEntity } from '@rectify/services';
import { Field, Int, ObjectType } from 'type-graphql';
import { domainEnum } from '../domain-enum.js';
import { DateTimeScalar } from '../scalars.js';
import { UserErrorType } from './payload.js';

domainEnum('NotificationKind', NotificationKind, 'What an inbox item is about.');

@ObjectType('Notification', { description: 'An item of your inbox.', simpleResolvers: true })
export class NotificationType implements InboxItem {
  @Field(() => Int) id!: number;
  @Field(() => NotificationKind.object, { description: 'What it is about.' }) kind!: NotificationKind;
  @Field(() => String, {
    description: 'The record it points at: task, closureRequest, extensionRequest, finding or clueCase.',
  })
  entity!: NotificationEntity;
  @Field(() => Int, { description: "The record's id." }) entityId!: number;
  @Field(() => String, { description: 'The message, in your language.' }) message!: string;
  @Field(() => DateTimeScalar, { description: 'When it arrived.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When you read it; null while unread.' })
  readAt!: Date | null;
}

@ObjectType('Inbox', { description: 'A page of your inbox, newest first.', simpleResolvers: true })
export class InboxType {
  @Field(() => [NotificationType], { description: 'The items of this page.' }) nodes!: NotificationType[];
  @Field(() => Int, { description: 'How many items match, over all pages.' }) totalCount!: number;
  @Field(() => Int, { description: 'How many items of the whole inbox are unread.' }) unreadCount!: number;
}

@ObjectType('MarkReadPayload', { description: 'The answer to marking items read.', simpleResolvers: true })
export class MarkReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many items were unread and are now read.' })
  count!: number | null;
  @Field(() => [UserErrorType], { description: 'Empty when done.' }) errors!: UserErrorType[];
}
