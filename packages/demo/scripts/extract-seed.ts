// One-off: prints the skeleton of data/foshan-2018.json, the issue tree the parser reads from the seed, with
// empty assignments to be completed and reviewed by hand.
// Run from packages/demo: npx tsx scripts/extract-seed.ts > skeleton.json
import { readFileSync } from 'node:fs';
import { type DraftIssue, parseFeedbackDocument } from '@rectify/ledger-io';

const seed = new URL('../../ledger-io/fixtures/foshan-rectification-progress-2018.txt', import.meta.url);
const parsed = parseFeedbackDocument(readFileSync(seed, 'utf8'));
if (parsed.warnings.length > 0) console.error(parsed.warnings.join('\n'));

function skeleton(issue: DraftIssue): unknown {
  return {
    code: issue.code,
    kind: issue.kind,
    title: issue.title,
    responseText: issue.responseText,
    leadLeaderKey: null,
    leadUnitKey: null,
    children: issue.children.map(skeleton),
    tasks: issue.tasks.map((task) => ({
      ordinal: task.ordinal,
      measure: task.measure,
      leaderKey: null,
      leadUnitKey: null,
      coUnitKeys: [],
      deadline: null,
      term: null,
      status: null,
      progress: [],
    })),
  };
}

const inspection = {
  key: 'gd-11-foshan-2018',
  name: '省委第十一巡视组巡视佛山市',
  inspectingBody: '中共广东省委第十一巡视组',
  inspectedOrganisation: '中共佛山市委',
  level: 'PROVINCIAL',
  onSiteFrom: '2018-03-08',
  onSiteTo: '2018-05-11',
  feedbackDate: '2018-07-24',
  rectificationDeadline: '2018-11-24',
};
const ledger = { inspection, units: [], leaders: [], issues: parsed.issues.map(skeleton) };
process.stdout.write(`${JSON.stringify(ledger, null, 2)}\n`);
