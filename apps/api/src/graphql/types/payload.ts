import { type ClassType, Field, ObjectType } from 'type-graphql';

@ObjectType('UserError', {
  description: 'Something wrong with the input, for the user to correct.',
  simpleResolvers: true,
})
export class UserErrorType {
  @Field(() => String, { description: 'The input field at fault ("" when the input as a whole).' })
  field!: string;
  @Field(() => String, {
    description: 'A stable code: REQUIRED, TAKEN, CONFLICT, NOT_FOUND, INVALID_TRANSITION …',
  })
  code!: string;
  @Field(() => String, { description: "What is wrong, in the caller's language." }) message!: string;
}

/**
 * `{ <field>: Item, errors: [UserError!]! }`: a mutation's answer. The item is null when errors is not empty,
 * and nothing was written.
 */
export function Payload<T extends object>(
  item: ClassType<T>,
  name: string,
  field: string,
  description: string,
) {
  @ObjectType(`${name}Payload`, { description, simpleResolvers: true })
  class PayloadType {
    @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
    errors!: UserErrorType[];
  }
  Field(() => item, { nullable: true, description: 'The record as written; null when there are errors.' })(
    PayloadType.prototype,
    field,
  );
  return PayloadType;
}
