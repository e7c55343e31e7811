import type { NonEmptyArray } from 'type-graphql';
import { AccountsMutationsResolver } from './accounts-mutations.resolver.js';
import { FiguresResolver } from './figures.resolver.js';
import { IssueResolver } from './issue.resolver.js';
import { LedgerMutationsResolver } from './ledger-mutations.resolver.js';
import { OrganisationMutationsResolver } from './organisation-mutations.resolver.js';
import { SessionResolver } from './session.resolver.js';
import { SimpleListsResolver } from './simple-lists.resolver.js';
import { TaskResolver } from './task.resolver.js';

export const resolvers: NonEmptyArray<Function> = [
  FiguresResolver,
  IssueResolver,
  TaskResolver,
  SimpleListsResolver,
  OrganisationMutationsResolver,
  LedgerMutationsResolver,
  AccountsMutationsResolver,
  SessionResolver,
];
