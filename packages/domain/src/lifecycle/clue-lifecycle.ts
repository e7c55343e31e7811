import { ClueStatus } from '../enums/clue.js';
import { defineEnum, type EnumValue } from '../enums/define-enum.js';
import { type LifecycleTable, lifecycle } from './transition.js';

export const ClueEvent = defineEnum({
  ROUTE: { zh: '归口处置', en: 'Route' },
  START_DISPOSAL: { zh: '开始处置', en: 'Start disposal' },
  SHELVE: { zh: '暂存待查', en: 'Shelve' },
  REOPEN: { zh: '重新启用', en: 'Reopen' },
  CONCLUDE: { zh: '办结', en: 'Conclude' },
  FILE_CASE: { zh: '立案', en: 'File a case' },
});
export type ClueEvent = EnumValue<typeof ClueEvent>;

/** RECEIVED → ROUTED → IN_DISPOSAL → CONCLUDED or CASE_FILED; shelved clues can be reopened. */
export const clueLifecycle = {
  ROUTE: { from: ['RECEIVED', 'ROUTED'], to: 'ROUTED' },
  START_DISPOSAL: { from: ['ROUTED'], to: 'IN_DISPOSAL' },
  SHELVE: { from: ['ROUTED', 'IN_DISPOSAL'], to: 'SHELVED' },
  REOPEN: { from: ['SHELVED'], to: 'IN_DISPOSAL' },
  CONCLUDE: { from: ['IN_DISPOSAL'], to: 'CONCLUDED' },
  FILE_CASE: { from: ['IN_DISPOSAL'], to: 'CASE_FILED' },
} as const satisfies LifecycleTable<ClueStatus, ClueEvent>;

export const transitionClue = lifecycle<ClueStatus, ClueEvent>(
  clueLifecycle,
  (s) => ClueStatus.labels[s],
  (e) => ClueEvent.labels[e],
);
