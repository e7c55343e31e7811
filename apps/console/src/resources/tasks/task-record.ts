import type { ResultOf } from '../../graphql.js';
import type { TaskDetailFields, TaskFields } from '../../providers/resources.js';

type ListTask = ResultOf<typeof TaskFields>;
type DetailTask = ResultOf<typeof TaskDetailFields>;

/** A task as the data provider reads it: the list's fields, and the detail page's when it asked for them. */
export type TaskRecord = ListTask & Partial<Omit<DetailTask, keyof ListTask>>;

export type ClosureRequestRecord = DetailTask['closureRequests'][number];
export type ExtensionRequestRecord = DetailTask['extensionRequests'][number];
export type ReviewRecord = ClosureRequestRecord['reviews'][number];
