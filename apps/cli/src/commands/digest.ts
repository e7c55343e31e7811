import { createJobQueue, type DigestSummary, isIsoDate } from '@rectify/services';
import type { Command } from './command.js';

/**
 * 每日提醒: creates the day's reminders (deadline near, overdue, findings past their response date) in the
 * inboxes of the units and leaders concerned, once per day however often it runs, and prints the day's figures.
 * The API schedules it daily (RECTIFY_DIGEST_HOUR); this sends one through the same job queue — taken by this
 * process or by any server working the queue — and waits for it. A date runs it as of that day (for the 2018
 * demo ledger).
 */
export const digest: Command = {
  name: 'digest',
  usage: 'digest [YYYY-MM-DD]',
  summary: "queue the day's reminders (idempotent), wait for them and print a summary",
  async run(_db, [date], handle) {
    if (date != null && !isIsoDate(date)) throw new Error('usage: pnpm cli digest [YYYY-MM-DD]');
    const queue = createJobQueue(handle, { pollingIntervalSeconds: 0.5 });
    await queue.start();
    let s: DigestSummary;
    try {
      const id = await queue.send('DAILY_DIGEST', date ? { date } : {});
      // A failed attempt is reported at once; the queue retries it (the console's jobs page shows it).
      s = (await queue.result('DAILY_DIGEST', id, { untilRetry: true })) as DigestSummary;
    } finally {
      await queue.stop();
    }
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
