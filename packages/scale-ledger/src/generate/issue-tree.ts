import { chineseNumeral, chineseText, issueTitle } from './chinese-text.js';
import { apportion, type Random } from './random.js';
import type { IssueRow } from './scale-ledger.js';

const AREAS = 5;
/** One issue in twenty is a problem; the rest below the areas are manifestations. */
const PROBLEM_SHARE = 0.05;

const pad = (position: number) => String(position).padStart(4, '0');

/**
 * The feedback tree in document order: areas 二(一)…二(五), their problems 二(一)1. …, and the problems'
 * manifestations 二(一)1.(1) …; sortKey is the zero-padded path of positions (0001.0002.0003).
 */
export function generateIssues(
  random: Random,
  count: number,
  pickLeader: () => number,
  pickUnit: () => number,
): IssueRow[] {
  const areas = Math.min(AREAS, count);
  const problems = Math.min(count - areas, Math.max(areas, Math.round(count * PROBLEM_SHARE)));
  const problemsPerArea = apportion(
    problems,
    Array.from({ length: areas }, () => 0.5 + random.next()),
  );
  const manifestationsPerProblem = apportion(
    count - areas - problems,
    Array.from({ length: problems }, () => 0.3 + random.next() * 1.4),
  );
  const issues: IssueRow[] = [];
  const add = (row: Omit<IssueRow, 'id' | 'leadLeaderId' | 'leadUnitId'>) => {
    const issue = { id: issues.length + 1, ...row, leadLeaderId: pickLeader(), leadUnitId: pickUnit() };
    issues.push(issue);
    return issue;
  };
  let problemIndex = 0;
  for (let a = 1; a <= areas; a++) {
    const area = add({
      parentId: null,
      kind: 'AREA',
      code: `二(${chineseNumeral(a)})`,
      position: a,
      sortKey: pad(a),
      title: `${issueTitle(random)}方面存在的问题`,
      responseText: null,
    });
    for (let p = 1; p <= problemsPerArea[a - 1]!; p++) {
      const problem = add({
        parentId: area.id,
        kind: 'PROBLEM',
        code: `${area.code}${p}.`,
        position: p,
        sortKey: `${area.sortKey}.${pad(p)}`,
        title: issueTitle(random),
        responseText: random.chance(0.3) ? chineseText(random, random.int(40, 120)) : null,
      });
      const manifestations = manifestationsPerProblem[problemIndex++]!;
      for (let m = 1; m <= manifestations; m++) {
        add({
          parentId: problem.id,
          kind: 'MANIFESTATION',
          code: `${problem.code}(${m})`,
          position: m,
          sortKey: `${problem.sortKey}.${pad(m)}`,
          title: issueTitle(random),
          responseText: null,
        });
      }
    }
  }
  return issues;
}
