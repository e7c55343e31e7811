import type { ResultOf } from '../../graphql.js';
import type { IssueFields } from '../../providers/resources.js';

/** An issue as the data provider reads it (see resources.ts). */
export type IssueRecord = ResultOf<typeof IssueFields>;
