import type { TaskStatus, TaskTerm } from '@rectify/domain';
import { dayOf, isoDate } from './calendar.js';
import { chineseNumeral, chineseText } from './chinese-text.js';
import { apportion, type Random, WeightedIndex } from './random.js';
import type { IssueRow, TaskRow } from './scale-ledger.js';

const TERMS: Record<TaskTerm, number> = { IMMEDIATE: 0.2, BY_DEADLINE: 0.6, LONG_TERM: 0.2 };
const STATUSES: Record<TaskStatus, number> = {
  NOT_STARTED: 0.08,
  IN_PROGRESS: 0.4,
  CLOSURE_REQUESTED: 0.07,
  CLOSED: 0.3,
  ONGOING: 0.12,
  REOPENED: 0.03,
};
const CO_UNITS = { none: 0.5, one: 0.3, two: 0.2 } as const;

/**
 * Lead units are skewed (a few units lead many tasks, as in real ledgers), so that some unit has a long
 * overdue list; each unit's weight is drawn once, in a shuffled order.
 */
export function unitPicker(random: Random, unitCount: number): WeightedIndex {
  const ranks = Array.from({ length: unitCount }, (_, i) => i);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  return new WeightedIndex(ranks.map((rank) => 1 / (1 + rank / 20)));
}

/** Tasks hang under problems and (mostly) manifestations, a varying number each, in document order. */
export function generateTasks(
  random: Random,
  count: number,
  issues: readonly IssueRow[],
  unitCount: number,
  leaderCount: number,
  leadUnits: WeightedIndex,
): TaskRow[] {
  const weights = issues.map((i) =>
    i.kind === 'AREA' ? 0 : i.kind === 'PROBLEM' ? 0.3 : 0.3 + random.next() * 1.4,
  );
  const perIssue = apportion(count, weights);
  const tasks: TaskRow[] = [];
  issues.forEach((issue, index) => {
    for (let position = 1; position <= perIssue[index]!; position++) {
      const term = random.weighted(TERMS);
      const leadUnitId = leadUnits.draw(random) + 1;
      tasks.push({
        id: tasks.length + 1,
        issueId: issue.id,
        ordinal: `${chineseNumeral(position)}是`,
        position,
        measure: chineseText(random, random.int(100, 300)),
        target: random.chance(0.4) ? chineseText(random, random.int(20, 60)) : null,
        leaderId: random.int(1, leaderCount),
        leadUnitId,
        coUnitIds: coUnits(random, leadUnitId, unitCount),
        deadline: deadline(random, term),
        term,
        status: random.weighted(STATUSES),
      });
    }
  });
  return tasks;
}

function coUnits(random: Random, leadUnitId: number, unitCount: number): number[] {
  const wanted = { none: 0, one: 1, two: 2 }[random.weighted(CO_UNITS)];
  const chosen = new Set<number>();
  while (chosen.size < Math.min(wanted, unitCount - 1)) {
    const unit = random.int(1, unitCount);
    if (unit !== leadUnitId) chosen.add(unit);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** Immediate tasks are due within weeks of the feedback; long-term ones often have no deadline. */
function deadline(random: Random, term: TaskTerm): string | null {
  if (term === 'LONG_TERM' && random.chance(0.5)) return null;
  const [from, to] = term === 'IMMEDIATE' ? ['2018-07-20', '2018-10-31'] : ['2018-08-31', '2019-12-31'];
  return isoDate(random.int(dayOf(from), dayOf(to)));
}
