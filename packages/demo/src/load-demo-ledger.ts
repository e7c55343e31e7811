import { readFileSync } from 'node:fs';
import {
  type Database,
  type Executor,
  inspections,
  issues,
  leaders,
  progressReports,
  taskCoUnits,
  tasks,
  units,
  users,
} from '@rectify/db';
import { type Actor, CHINA_OFFSET, systemActor, type TaskStatus } from '@rectify/domain';
import {
  createInspection,
  createIssue,
  createLeader,
  createTask,
  createUnit,
  createUser,
  type FileStore,
  localFileStore,
  reportProgress,
  type ServiceContext,
  ServiceError,
  setTaskStatusForImport,
} from '@rectify/services';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { loadDemoClues, readDemoClues } from './clues/load-demo-clues.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import {
  type DemoCalendar,
  type DemoDates,
  demoAsOfDay,
  demoCalendar,
  shiftDemoClues,
  shiftDemoLedger,
} from './demo-dates.js';
import type { DemoCounts, DemoIssue, DemoLedger, DemoTask } from './demo-ledger.js';
import { type LoadedTask, loadDemoWorkflow } from './workflow/load-demo-workflow.js';

const DEMO_LEDGER_FILE = new URL('../data/foshan-2018.json', import.meta.url);

/** The time of the as-of day (the seed report's day, moved) at which the ledger's statuses stand. */
const AS_OF_TIME = `T10:00:00${CHINA_OFFSET}`;
/** Serialises loaders started at once (several API instances): the second waits, then finds it loaded. */
const LOCK_KEY = 7_243_002;

export function readDemoLedger(file: URL | string = DEMO_LEDGER_FILE): DemoLedger {
  return JSON.parse(readFileSync(file, 'utf8')) as DemoLedger;
}

/**
 * Loads the demo ledger and the demo accounts, only through the use cases (so every record is validated and
 * audited as if the office had entered it), with its dates placed as `dates` says. All in one transaction: a
 * failure leaves nothing half-loaded. Idempotent: when the inspection of that name exists, nothing is written
 * (its dates stay where they were first placed) and the counts are returned.
 */
export async function loadDemoLedger(
  db: Database,
  options: { dates: DemoDates; data?: DemoLedger; files?: FileStore },
): Promise<DemoCounts> {
  const calendar = demoCalendar(demoAsOfDay(options.dates, new Date()));
  const data = shiftDemoLedger(options.data ?? readDemoLedger(), calendar);
  const files = options.files ?? localFileStore();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    if (!(await findInspection(tx, data.inspection.name))) {
      // The use cases open their transactions inside this one (as savepoints).
      await new DemoLoader(tx, data, files, calendar).load();
    }
    return countDemo(tx, data.inspection.name);
  });
}

class DemoLoader {
  private readonly unitIds = new Map<string, number>();
  private readonly leaderIds = new Map<string, number>();
  private readonly admin = systemActor('ADMIN');
  private readonly office = systemActor('OFFICE');
  private readonly loaded: LoadedTask[] = [];
  /** Master data and the ledger are entered on the feedback day, as the office would have. */
  private readonly enteredAt: string;
  private readonly asOf: string;

  /** `data` has its dates placed already; the calendar places the days the loader adds. */
  constructor(
    private readonly db: Database,
    private readonly data: DemoLedger,
    private readonly files: FileStore,
    private readonly calendar: DemoCalendar,
  ) {
    this.asOf = `${calendar.asOfDay}${AS_OF_TIME}`;
    const day = data.inspection.feedbackDate;
    this.enteredAt = day ? `${day}T09:00:00${CHINA_OFFSET}` : this.asOf;
  }

  async load(): Promise<void> {
    await this.loadUnits();
    await this.loadLeaders();
    const { inspection: i } = this.data;
    const inspection = await step(`inspection ${i.name}`, () =>
      createInspection(this.ctx(this.office), {
        name: i.name,
        inspectingBody: i.inspectingBody,
        inspectedOrganisation: i.inspectedOrganisation,
        level: i.level,
        onSiteFrom: i.onSiteFrom,
        onSiteTo: i.onSiteTo,
        feedbackDate: i.feedbackDate,
        rectificationDeadline: i.rectificationDeadline,
      }),
    );
    await this.loadIssues(inspection.id, null, this.data.issues);
    await this.loadAccounts();
    await loadDemoClues(
      this.db,
      { inspectionKey: i.key, inspectionId: inspection.id, unitIds: this.unitIds, leaderIds: this.leaderIds },
      { data: shiftDemoClues(readDemoClues(), this.calendar) },
    );
    await loadDemoWorkflow({
      db: this.db,
      tasks: this.loaded,
      unitIds: this.unitIds,
      files: this.files,
      asOf: new Date(this.asOf),
      day: this.calendar.day,
      step,
    });
  }

  private ctx(actor: Actor, at: string | Date = this.enteredAt): ServiceContext {
    const now = new Date(at);
    return { db: this.db, actor, locale: 'zh', now: () => now };
  }

  /** Parents first, whatever the file's order; a unit whose name exists already is reused. */
  private async loadUnits(): Promise<void> {
    let pending = [...this.data.units];
    while (pending.length > 0) {
      const ready = pending.filter((u) => u.parentKey == null || this.unitIds.has(u.parentKey));
      if (ready.length === 0) {
        throw new Error(
          `demo ledger: units with unknown or circular parents: ${pending.map((u) => u.key).join(', ')}`,
        );
      }
      for (const unit of ready) {
        const [existing] = await this.db
          .select({ id: units.id })
          .from(units)
          .where(eq(units.name, unit.name));
        const parentId = unit.parentKey == null ? null : this.unitIds.get(unit.parentKey)!;
        const id =
          existing?.id ??
          (
            await step(`unit ${unit.key}`, () =>
              createUnit(this.ctx(this.admin), { name: unit.name, kind: unit.kind, parentId }),
            )
          ).id;
        this.unitIds.set(unit.key, id);
      }
      pending = pending.filter((u) => !ready.includes(u));
    }
  }

  /** A leader of the same name and post is reused. */
  private async loadLeaders(): Promise<void> {
    for (const leader of this.data.leaders) {
      const [existing] = await this.db
        .select({ id: leaders.id })
        .from(leaders)
        .where(and(eq(leaders.name, leader.name), eq(leaders.post, leader.post)));
      const id =
        existing?.id ??
        (
          await step(`leader ${leader.key}`, () =>
            createLeader(this.ctx(this.admin), {
              name: leader.name,
              post: leader.post,
              unitId: this.unit(leader.unitKey),
              groupRole: leader.groupRole,
            }),
          )
        ).id;
      this.leaderIds.set(leader.key, id);
    }
  }

  /** Depth first, in document order: each issue, its tasks, then its children. */
  private async loadIssues(inspectionId: number, parentId: number | null, list: DemoIssue[]): Promise<void> {
    for (const [index, node] of list.entries()) {
      const issue = await step(`issue ${node.code}`, () =>
        createIssue(this.ctx(this.office), {
          inspectionId,
          parentId,
          kind: node.kind,
          code: node.code,
          title: node.title,
          titleLead: node.titleLead ?? null,
          responseText: node.responseText,
          leadLeaderId: this.leader(node.leadLeaderKey),
          leadUnitId: this.unit(node.leadUnitKey),
          position: index + 1,
        }),
      );
      for (const [position, task] of node.tasks.entries()) {
        await this.loadTask(issue.id, position + 1, task, `${node.code} ${task.ordinal || position + 1}`);
      }
      await this.loadIssues(inspectionId, issue.id, node.children);
    }
  }

  /**
   * A task with reports is entered NOT_STARTED, its reports are made by its lead unit at their own times
   * (which starts it), and then it is given the status the document records.
   */
  private async loadTask(issueId: number, position: number, data: DemoTask, what: string): Promise<void> {
    const reports = [...data.progress].sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt));
    // A pending closure is entered in progress: the workflow loader then requests it, as the unit did.
    const status = data.status === 'CLOSURE_REQUESTED' ? 'IN_PROGRESS' : data.status;
    let task: { id: number; version: number; status: TaskStatus } = await step(`task ${what}`, () =>
      createTask(this.ctx(this.office), {
        issueId,
        ordinal: data.ordinal,
        measure: data.measure,
        leaderId: this.leader(data.leaderKey),
        leadUnitId: this.unit(data.leadUnitKey),
        coUnitIds: data.coUnitKeys.map((key) => this.unit(key)!),
        deadline: data.deadline,
        term: data.term,
        status: reports.length > 0 ? 'NOT_STARTED' : status,
        position,
      }),
    );
    for (const report of reports) {
      const unit = systemActor('UNIT', { unitId: this.unit(report.unitKey) });
      const result = await step(`progress of task ${what} at ${report.reportedAt}`, () =>
        reportProgress(this.ctx(unit, report.reportedAt), {
          taskId: task.id,
          period: report.period,
          text: report.text,
          percent: report.percent,
        }),
      );
      task = result.task;
    }
    if (task.status !== status) {
      const { id, version } = task;
      await step(`status of task ${what}`, () =>
        setTaskStatusForImport(this.ctx(this.office, this.asOf), { id, version, status }),
      );
    }
    const last = reports.at(-1);
    this.loaded.push({
      id: task.id,
      what,
      documentStatus: data.status,
      leadUnitId: this.unit(data.leadUnitKey),
      leaderId: this.leader(data.leaderKey),
      deadline: data.deadline,
      lastReportAt: last ? new Date(last.reportedAt) : null,
    });
  }

  /** Existing accounts of the same username are left as they are. */
  private async loadAccounts(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      const [existing] = await this.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, account.username));
      if (existing) continue;
      await step(`account ${account.username}`, () =>
        createUser(this.ctx(this.admin, new Date()), {
          username: account.username,
          displayName: account.displayName,
          password: DEMO_PASSWORD,
          role: account.role,
          unitId: this.unit(account.unitKey ?? null),
          leaderId: this.leader(account.leaderKey ?? null),
        }),
      );
    }
  }

  private unit(key: string | null): number | null {
    return key == null ? null : known(this.unitIds, key, 'unit');
  }

  private leader(key: string | null): number | null {
    return key == null ? null : known(this.leaderIds, key, 'leader');
  }
}

function known(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id == null) throw new Error(`demo ledger: unknown ${what} key "${key}"`);
  return id;
}

/** Runs one use case, naming the record in the error, so that a mistake in the data file is found at once. */
async function step<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const details = error.fieldErrors.map((e) => `${e.field}: ${e.message.en}`).join('; ');
    throw new Error(`demo ledger, ${what}: ${error.message}${details ? ` (${details})` : ''}`, {
      cause: error,
    });
  }
}

async function findInspection(db: Executor, name: string) {
  const [row] = await db.select({ id: inspections.id }).from(inspections).where(eq(inspections.name, name));
  return row ?? null;
}

/** Units, leaders and users in the whole database; the ledger's records of the demo inspection only. */
async function countDemo(db: Executor, inspectionName: string): Promise<DemoCounts> {
  const inspection = await findInspection(db, inspectionName);
  const issueIds = db
    .select({ id: issues.id })
    .from(issues)
    .where(eq(issues.inspectionId, inspection?.id ?? -1));
  const taskIds = db.select({ id: tasks.id }).from(tasks).where(inArray(tasks.issueId, issueIds));
  return {
    units: await db.$count(units),
    leaders: await db.$count(leaders),
    users: await db.$count(users),
    inspections: inspection ? 1 : 0,
    issues: await db.$count(issues, inArray(issues.id, issueIds)),
    tasks: await db.$count(tasks, inArray(tasks.id, taskIds)),
    coUnits: await db.$count(taskCoUnits, inArray(taskCoUnits.taskId, taskIds)),
    progressReports: await db.$count(progressReports, inArray(progressReports.taskId, taskIds)),
  };
}
