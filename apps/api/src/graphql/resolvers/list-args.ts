import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int } from 'type-graphql';
import { PAGE_SIZE } from '@rectify/services';
import { selects } from '../selection.js';

/** `first` and `offset`, shared by every list query. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size (default ${PAGE_SIZE.default}, at most ${PAGE_SIZE.max}).`,
  })
  first?: number | null;
  @Field(() => Int, { nullable: true, description: 'How many items to skip.' })
  offset?: number | null;
}

/** The total is counted only when the caller asks for it. */
export const wantsTotal = (info: GraphQLResolveInfo) => selects(info, 'totalCount');
