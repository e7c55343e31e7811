import { isIsoDate, runDailyDigest } from '@rectify/services';
import type { Command } from './command.js';

/**
 * 每日提醒: creates the day's reminders (deadline near, overdue, findings past their response date) in the
 * inboxes of the units and leaders concerned, once per day however often it runs, and prints the day's figures.
 * Schedule it daily (cron, systemd timer); a date runs it as of that day (for the 2018 demo ledger).
 */
export const digest: Command = {
  name: 'digest',
  usage: 'digest [YYYY-MM-DD]',
  summary: "create the day's reminders (idempotent) and print a summary",
  async run(db, [date]) {
    if (date != null && !isIsoDate(date)) throw new Error('usage: pnpm cli digest [YYYY-MM-DD]');
    const now = date ? new Date(`${date}T07:00:00+08:00`) : new Date();
    const s = await runDailyDigest(db, { now });
    const lines: [string, string, number][] = [
      ['临近时限提醒', 'deadline-near reminders', s.created.deadlineNear],
      ['逾期提醒', 'overdue reminders', s.created.overdue],
      ['督查反馈逾期提醒', 'finding reminders', s.created.findingsOverdue],
      ['收到提醒的人数', 'people reminded', s.recipients],
      ['在办任务', 'open tasks', s.openTasks],
      ['逾期任务', 'overdue tasks', s.overdueTasks],
      ['临近时限任务', 'tasks due soon', s.dueSoon],
      ['未按期报送', 'reports missing', s.missingReports],
      ['待签字背书', 'awaiting endorsement', s.pendingEndorsement],
      ['待整改办审核', 'awaiting approval', s.pendingApproval],
      ['督查问题待反馈', 'findings awaiting response', s.findingsAwaitingResponse],
      ['督查问题逾期', 'findings overdue', s.findingsOverdue],
    ];
    console.log(`每日提醒 daily digest ${s.date}`);
    for (const [zh, en, n] of lines) console.log(`${String(n).padStart(7)}  ${zh} / ${en}`);
  },
};
