import type { IssueKind, IssueStatus } from '@rectify/domain';

/** An issue as the data provider reads it (see resources.ts). */
export interface IssueRecord {
  id: number;
  inspectionId: number;
  parentId: number | null;
  kind: IssueKind;
  code: string;
  title: string;
  responseText: string | null;
  status: IssueStatus;
  version: number;
  figures: {
    totalTasks: number;
    closedTasks: number;
    ongoingTasks: number;
    overdueTasks: number;
    closureRate: number | null;
  };
  leadLeader: { id: number; name: string; post: string } | null;
  leadUnit: { id: number; name: string } | null;
}
