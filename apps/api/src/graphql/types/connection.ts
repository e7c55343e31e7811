import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

/** `{ nodes totalCount }`: one page of a list and the size of the whole filtered list. */
export function Connection<T extends object>(item: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Connection`, { description, simpleResolvers: true })
  class ConnectionType {
    @Field(() => [item], { description: 'The items of this page.' }) nodes!: T[];
    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
