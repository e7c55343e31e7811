import { DEFAULT_WARNING_SETTINGS } from '@rectify/domain';
import type { TaskFilter } from '@rectify/services';
import type { GraphQLContext } from './context.js';

/** The office's lead times for a task list, read only when its filter needs them: most do not. */
export const taskListWarnings = (filter: TaskFilter | null | undefined, ctx: GraphQLContext) =>
  filter?.warning ? ctx.warningSettings() : DEFAULT_WARNING_SETTINGS;
