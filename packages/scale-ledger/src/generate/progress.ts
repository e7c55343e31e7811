import { cstTime, dayOf, isoDate } from './calendar.js';
import { chineseText } from './chinese-text.js';
import { apportion, type Random } from './random.js';
import type { ProgressRow, TaskRow } from './scale-ledger.js';

/**
 * Progress reports of every started task, one every one to three weeks from the feedback day, their
 * percentage rising to where the task's status stands. Times strictly increase within a task.
 */
export function generateProgress(
  random: Random,
  count: number,
  tasks: readonly TaskRow[],
  feedbackDate: string,
): ProgressRow[] {
  const perTask = apportion(
    count,
    tasks.map((t) => (t.status === 'NOT_STARTED' ? 0 : 0.2 + random.next() * 1.6)),
  );
  const reports: ProgressRow[] = [];
  tasks.forEach((task, index) => {
    const n = perTask[index]!;
    const final =
      task.status === 'CLOSED' ? 100 : task.status === 'ONGOING' ? random.int(90, 100) : random.int(10, 90);
    let day = dayOf(feedbackDate) + random.int(3, 20);
    for (let i = 1; i <= n; i++) {
      reports.push({
        id: reports.length + 1,
        taskId: task.id,
        unitId:
          task.coUnitIds.length > 0 && random.chance(0.1) ? random.pick(task.coUnitIds) : task.leadUnitId,
        period: isoDate(day - 4),
        text: chineseText(random, random.int(20, 80)),
        percent: Math.round((final * i) / n),
        reportedAt: cstTime(day, random.int(8 * 60 + 30, 18 * 60)),
      });
      day += random.int(7, 21);
    }
  });
  return reports;
}
