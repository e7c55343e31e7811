import { createHash } from 'node:crypto';
import { CHINA_OFFSET } from '@rectify/domain';
import { issueTitle } from './chinese-text.js';
import { generateIssues } from './issue-tree.js';
import { generateLeaders, generateUnits } from './organisation.js';
import { generateProgress } from './progress.js';
import { Random } from './random.js';
import { SCALE_100X, type ScaleCounts, type ScaleLedger } from './scale-ledger.js';
import { generateTasks, unitPicker } from './tasks.js';

/** Every scale ledger's inspection name starts so: the loader finds one already loaded by it. */
export const SCALE_INSPECTION_PREFIX = '巡视整改基准台账';

const FEEDBACK_DATE = '2018-07-10';

/** The ledger for a seed: the same seed and counts give the same rows, byte for byte. */
export function generateLedger(seed: number, counts: ScaleCounts = SCALE_100X): ScaleLedger {
  const random = new Random(seed);
  const units = generateUnits(counts.units);
  const leaders = generateLeaders(random, counts.leaders, units);
  const leadUnits = unitPicker(random, units.length);
  const issues = generateIssues(
    random,
    counts.issues,
    () => random.int(1, leaders.length),
    () => leadUnits.draw(random) + 1,
  );
  const tasks = generateTasks(random, counts.tasks, issues, units.length, leaders.length, leadUnits);
  return {
    seed,
    enteredAt: `${FEEDBACK_DATE}T09:00:00${CHINA_OFFSET}`,
    inspection: {
      id: 1,
      name: `${SCALE_INSPECTION_PREFIX}(${counts.tasks}项任务,种子${seed})`,
      inspectingBody: '中共某省委第九巡视组',
      inspectedOrganisation: `中共某市委(${issueTitle(random).slice(0, 4)})`,
      onSiteFrom: '2018-03-12',
      onSiteTo: '2018-05-18',
      feedbackDate: FEEDBACK_DATE,
      rectificationDeadline: '2018-12-31',
    },
    units,
    leaders,
    issues,
    tasks,
    progressReports: generateProgress(random, counts.progressReports, tasks, FEEDBACK_DATE),
  };
}

/**
 * sha256 of the whole ledger: a determinism check that sees every field of every row. Row by row: the JSON of
 * 2,000,000 reports as one string would take hundreds of megabytes more at province scale.
 */
export function ledgerHash(ledger: ScaleLedger): string {
  const hash = createHash('sha256');
  for (const [name, value] of Object.entries(ledger)) {
    hash.update(`${name}:`);
    for (const row of Array.isArray(value) ? value : [value]) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}
