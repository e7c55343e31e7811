import { type Database, units, users } from '@rectify/db';
import {
  type Actor,
  CHINA_OFFSET,
  type IsoDate,
  type Role,
  systemActor,
  type TaskStatus,
  userActor,
} from '@rectify/domain';
import {
  approveClosureRequest,
  approveExtensionRequest,
  createSupervisionGroup,
  endorseClosureRequest,
  endorseExtensionRequest,
  type FileStore,
  followUpFinding,
  recordSupervisionVisit,
  reopenTask,
  requestClosure,
  requestExtension,
  respondToFinding,
  resumeTask,
  type ServiceContext,
  uploadEvidence,
} from '@rectify/services';
import { and, eq } from 'drizzle-orm';

/** A task as the ledger loader entered it, with the status the document records for it. */
export interface LoadedTask {
  id: number;
  /** How the record is named in errors: its issue's code and its ordinal. */
  what: string;
  documentStatus: TaskStatus;
  leadUnitId: number | null;
  leaderId: number | null;
  deadline: string | null;
  /** When its last progress report was made (the workflow's steps come after it). */
  lastReportAt: Date | null;
}

export interface DemoWorkflowInput {
  db: Database;
  tasks: readonly LoadedTask[];
  /** Units by their key in the demo ledger. */
  unitIds: ReadonlyMap<string, number>;
  files: FileStore;
  /** The day the ledger's statuses stand as: every step happens before it. */
  asOf: Date;
  /** A day of the seed's calendar (2018) placed as the ledger's dates are (see demo-dates.ts). */
  day(date: IsoDate): IsoDate;
  /** Runs one use case, naming the record in the error. */
  step<T>(what: string, call: () => Promise<T>): Promise<T>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The workflow in use on the demo ledger, through the use cases and as the demo accounts: the closure requests
 * the document records (awaiting endorsement or approval), a closure the office rejected and one the leader
 * sent back, an extension approved and two under review, a task closed and reopened by a look-back, and a
 * supervision visit with findings at every stage. Every task ends in the status the document records.
 */
export async function loadDemoWorkflow(input: DemoWorkflowInput): Promise<void> {
  await new DemoWorkflow(input).load();
}

class DemoWorkflow {
  private readonly accounts = new Map<string, Actor | null>();

  constructor(private readonly input: DemoWorkflowInput) {}

  async load(): Promise<void> {
    const { tasks } = this.input;
    // The closure requests the document records: each lead unit asked, with evidence; where the leader has an
    // account, every other request is endorsed and awaits the office.
    let endorse = true;
    for (const task of tasks.filter((t) => t.documentStatus === 'CLOSURE_REQUESTED')) {
      const leader = await this.leader(task.leaderId);
      const [upload, request, endorsement] = this.schedule(task, 3);
      const requestId = await this.requestClosure(task, upload!, request!);
      if (leader && endorse) await this.endorseClosure(task, requestId, 1, endorsement!);
      if (leader) endorse = !endorse;
    }
    // Stories on open tasks whose leader has an account, those with the most room for them first.
    const candidates: LoadedTask[] = [];
    for (const task of tasks) {
      if (task.documentStatus !== 'IN_PROGRESS' || task.leadUnitId == null || task.deadline == null) continue;
      if (await this.leader(task.leaderId)) candidates.push(task);
    }
    candidates.sort((a, b) => (a.lastReportAt?.getTime() ?? 0) - (b.lastReportAt?.getTime() ?? 0));
    const stories = [
      (t: LoadedTask) => this.closedAndReopened(t),
      (t: LoadedTask) => this.rejectedByOffice(t),
      (t: LoadedTask) => this.sentBackByLeader(t),
      (t: LoadedTask) => this.extension(t, 'APPROVED'),
      (t: LoadedTask) => this.extension(t, 'PENDING_APPROVAL'),
      (t: LoadedTask) => this.extension(t, 'PENDING_ENDORSEMENT'),
    ];
    for (const [i, story] of stories.entries()) {
      const task = candidates[i];
      if (task) await story(task);
    }
    await this.supervision();
  }

  /** `count` moments after the task's last report and before the as-of day, at most two days apart. */
  private schedule(task: LoadedTask, count: number): Date[] {
    const end = this.input.asOf.getTime() - HOUR;
    const start = Math.min((task.lastReportAt?.getTime() ?? end - 10 * DAY) + 2 * HOUR, end - count * HOUR);
    const gap = Math.min(2 * DAY, (end - start) / count);
    return Array.from({ length: count }, (_, i) => new Date(start + gap * (i + 1)));
  }

  private ctx(actor: Actor, at: Date): ServiceContext {
    return { db: this.input.db, actor, locale: 'zh', now: () => at };
  }

  /** The first active demo account of the role bound as asked; null when there is none. */
  private async account(
    role: Role,
    binding: { unitId?: number; leaderId?: number } = {},
  ): Promise<Actor | null> {
    const key = `${role}:${binding.unitId ?? ''}:${binding.leaderId ?? ''}`;
    if (this.accounts.has(key)) return this.accounts.get(key)!;
    const conditions = [eq(users.role, role), eq(users.active, true)];
    if (binding.unitId != null) conditions.push(eq(users.unitId, binding.unitId));
    if (binding.leaderId != null) conditions.push(eq(users.leaderId, binding.leaderId));
    const [row] = await this.input.db
      .select()
      .from(users)
      .where(and(...conditions))
      .orderBy(users.id)
      .limit(1);
    const actor = row ? userActor(role, row.id, { unitId: row.unitId, leaderId: row.leaderId }) : null;
    this.accounts.set(key, actor);
    return actor;
  }

  /** The lead unit's liaison officer, or the unit itself when it has no account. */
  private async unit(unitId: number): Promise<Actor> {
    return (await this.account('UNIT', { unitId })) ?? systemActor('UNIT', { unitId });
  }

  private leader(leaderId: number | null): Promise<Actor | null> {
    return leaderId == null ? Promise.resolve(null) : this.account('LEADER', { leaderId });
  }

  private async office(): Promise<Actor> {
    const office = await this.account('OFFICE');
    if (!office) throw new Error('demo workflow: the demo accounts have no OFFICE account');
    return office;
  }

  private async requestClosure(task: LoadedTask, uploadAt: Date, requestAt: Date): Promise<number> {
    const { step, files } = this.input;
    const unit = await this.unit(task.leadUnitId!);
    await step(`evidence of task ${task.what}`, () =>
      uploadEvidence(this.ctx(unit, uploadAt), {
        taskId: task.id,
        fileName: `整改佐证材料-${task.what.replace(/\s+/g, '-')}.txt`,
        contentType: 'text/plain',
        content: new TextEncoder().encode(
          `整改佐证材料\n任务:${task.what}\n内容:整改工作方案、会议纪要、整改完成情况报告及相关制度文件(演示数据)。\n`,
        ),
        files,
      }),
    );
    const { closureRequest } = await step(`closure request of task ${task.what}`, () =>
      requestClosure(this.ctx(unit, requestAt), {
        taskId: task.id,
        statement: '按照整改方案完成各项整改措施,相关制度已印发执行,佐证材料已上传,申请销号。',
      }),
    );
    return closureRequest.id;
  }

  private async endorseClosure(task: LoadedTask, id: number, version: number, at: Date, comment?: string) {
    const leader = (await this.leader(task.leaderId))!;
    await this.input.step(`endorsement of task ${task.what}`, () =>
      endorseClosureRequest(this.ctx(leader, at), {
        id,
        version,
        decision: comment ? 'REJECT' : 'APPROVE',
        comment: comment ?? '经核查,整改措施已落实到位,同意销号。',
      }),
    );
  }

  /** 回头看: closed, then reopened when the problem came back, and taken in hand again by the unit. */
  private async closedAndReopened(task: LoadedTask) {
    const [upload, request, endorse, approve, reopen, resume] = this.schedule(task, 6);
    const id = await this.requestClosure(task, upload!, request!);
    await this.endorseClosure(task, id, 1, endorse!);
    const office = await this.office();
    const { task: closed } = await this.input.step(`closure of task ${task.what}`, () =>
      approveClosureRequest(this.ctx(office, approve!), {
        id,
        version: 2,
        decision: 'APPROVE',
        comment: '同意销号。',
      }),
    );
    const reopened = await this.input.step(`look-back of task ${task.what}`, () =>
      reopenTask(this.ctx(office, reopen!), {
        id: task.id,
        version: closed.version,
        reason: '回头看发现部分整改措施落实不到位,存在反弹回潮风险,重新打开继续整改。',
        // A fortnight after the report's day (2018-11-26): near, inside the warning lead time (yellow).
        deadline: this.input.day('2018-12-10'),
      }),
    );
    const unit = await this.unit(task.leadUnitId!);
    await this.input.step(`resumption of task ${task.what}`, () =>
      resumeTask(this.ctx(unit, resume!), { id: task.id, version: reopened.version }),
    );
  }

  private async rejectedByOffice(task: LoadedTask) {
    const [upload, request, endorse, reject] = this.schedule(task, 4);
    const id = await this.requestClosure(task, upload!, request!);
    await this.endorseClosure(task, id, 1, endorse!);
    const office = await this.office();
    await this.input.step(`rejection of task ${task.what}`, () =>
      approveClosureRequest(this.ctx(office, reject!), {
        id,
        version: 2,
        decision: 'REJECT',
        comment: '佐证材料仅有工作方案,未见整改完成的验收材料,请补充后重新申请。',
      }),
    );
  }

  private async sentBackByLeader(task: LoadedTask) {
    const [upload, request, reject] = this.schedule(task, 3);
    const id = await this.requestClosure(task, upload!, request!);
    await this.endorseClosure(task, id, 1, reject!, '整改尚未全部完成,长效机制文件未印发,暂不同意销号。');
  }

  /** 延期: requested three months on; approved, or left awaiting the office or the leader. */
  private async extension(task: LoadedTask, until: 'APPROVED' | 'PENDING_APPROVAL' | 'PENDING_ENDORSEMENT') {
    const [request, endorse, approve] = this.schedule(task, 3);
    const deadline = new Date(`${task.deadline}T00:00:00Z`);
    deadline.setUTCMonth(deadline.getUTCMonth() + 3);
    const unit = await this.unit(task.leadUnitId!);
    const { step } = this.input;
    const extension = await step(`extension of task ${task.what}`, () =>
      requestExtension(this.ctx(unit, request!), {
        taskId: task.id,
        proposedDeadline: deadline.toISOString().slice(0, 10),
        reason: '涉及多个部门协调和历史遗留问题,需分阶段推进,申请延长完成时限。',
      }),
    );
    if (until === 'PENDING_ENDORSEMENT') return;
    const leader = (await this.leader(task.leaderId))!;
    await step(`endorsement of the extension of task ${task.what}`, () =>
      endorseExtensionRequest(this.ctx(leader, endorse!), {
        id: extension.id,
        version: 1,
        decision: 'APPROVE',
        comment: '情况属实,同意延期。',
      }),
    );
    if (until === 'PENDING_APPROVAL') return;
    const office = await this.office();
    await step(`approval of the extension of task ${task.what}`, () =>
      approveExtensionRequest(this.ctx(office, approve!), {
        id: extension.id,
        version: 2,
        decision: 'APPROVE',
      }),
    );
  }

  /** 督查: a group's visits to the demo units, with findings open, answered, returned and closed. */
  private async supervision() {
    const { unitIds, tasks, step, asOf, day: placed } = this.input;
    const supervisor = await this.account('SUPERVISOR');
    const housing = unitIds.get('housing-construction');
    const nanhai = unitIds.get('nanhai');
    if (!supervisor || housing == null) return;
    const at = (day: string, time = '10:00:00') =>
      new Date(Math.min(Date.parse(`${placed(day)}T${time}${CHINA_OFFSET}`), asOf.getTime()));
    const [unit] = await this.input.db.select({ name: units.name }).from(units).where(eq(units.id, housing));
    const group = await step('supervision group', () =>
      createSupervisionGroup(this.ctx(supervisor, at('2018-11-01')), {
        name: '市委第一督查组',
        headName: '市委督查室主任',
      }),
    );
    const taskOf = (unitId: number) =>
      tasks.find((t) => t.leadUnitId === unitId && t.documentStatus === 'IN_PROGRESS');
    const visit = await step('supervision visit', () =>
      recordSupervisionVisit(this.ctx(supervisor, at('2018-11-15', '17:00:00')), {
        groupId: group.id,
        unitId: housing,
        visitDate: placed('2018-11-15'),
        method: 'ON_SITE',
        summary: `查阅${unit?.name ?? ''}整改台账,实地查看老旧小区改造和加装电梯项目,与分管负责同志座谈。`,
        findings: [
          { text: '部分整改事项佐证材料归档不规范,台账更新不及时。', responseDue: placed('2018-11-22') },
          {
            text: '个别整改措施推进缓慢,群众反映的问题尚未解决。',
            responseDue: placed('2018-11-30'),
            taskId: taskOf(housing)?.id ?? null,
          },
          { text: '整改责任分解不够具体,部分事项未明确到人。', responseDue: placed('2018-11-21') },
        ],
      }),
    );
    // The second finding awaits the unit's response.
    const [filed, , vague] = visit.findings;
    const unitActor = await this.unit(housing);
    await step('response to a finding', () =>
      respondToFinding(this.ctx(unitActor, at('2018-11-20')), {
        id: filed!.id,
        response: '已对全部佐证材料重新归档,台账每周更新。',
      }),
    );
    await step('follow-up of a finding', () =>
      followUpFinding(this.ctx(supervisor, at('2018-11-23')), {
        id: filed!.id,
        outcome: 'CLOSE',
        comment: '经复核,已整改到位。',
      }),
    );
    await step('response to a finding', () =>
      respondToFinding(this.ctx(unitActor, at('2018-11-20', '15:00:00')), {
        id: vague!.id,
        response: '已召开会议研究。',
      }),
    );
    await step('follow-up of a finding', () =>
      followUpFinding(this.ctx(supervisor, at('2018-11-22')), {
        id: vague!.id,
        outcome: 'RETURN',
        comment: '请提供责任分解表,明确到具体责任人。',
        responseDue: placed('2018-11-30'),
      }),
    );
    if (nanhai == null) return;
    await step('supervision visit', () =>
      recordSupervisionVisit(this.ctx(supervisor, at('2018-11-19', '16:00:00')), {
        groupId: group.id,
        unitId: nanhai,
        visitDate: placed('2018-11-19'),
        method: 'INTERVIEW',
        summary: '与南海区整改工作负责同志座谈,了解配合事项推进情况。',
        findings: [
          { text: '配合事项与牵头单位沟通不足,进度信息未及时报送。', responseDue: placed('2018-11-23') },
        ],
      }),
    );
  }
}
