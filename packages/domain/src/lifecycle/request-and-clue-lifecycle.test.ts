import { describe, expect, it } from 'vitest';
import { ClueStatus } from '../enums/clue.js';
import { RequestStatus } from '../enums/workflow.js';
import { ClueEvent, transitionClue } from './clue-lifecycle.js';
import { RequestEvent, transitionRequest } from './request-lifecycle.js';

function matrix<S extends string, E extends string>(
  states: readonly S[],
  events: readonly E[],
  move: (s: S, e: E) => { ok: boolean; to?: S },
) {
  const out: Record<string, string> = {};
  for (const s of states)
    for (const e of events) {
      const r = move(s, e);
      out[`${s}/${e}`] = r.ok ? (r.to as string) : '✗';
    }
  return out;
}

describe('request lifecycle (closure and extension)', () => {
  it('moves exactly as the two-step review says', () => {
    expect(matrix(RequestStatus.values, RequestEvent.values, transitionRequest)).toEqual({
      'PENDING_ENDORSEMENT/ENDORSE': 'PENDING_APPROVAL',
      'PENDING_ENDORSEMENT/APPROVE': '✗',
      'PENDING_ENDORSEMENT/REJECT': 'REJECTED',
      'PENDING_ENDORSEMENT/WITHDRAW': 'WITHDRAWN',
      'PENDING_APPROVAL/ENDORSE': '✗',
      'PENDING_APPROVAL/APPROVE': 'APPROVED',
      'PENDING_APPROVAL/REJECT': 'REJECTED',
      'PENDING_APPROVAL/WITHDRAW': 'WITHDRAWN',
      'APPROVED/ENDORSE': '✗',
      'APPROVED/APPROVE': '✗',
      'APPROVED/REJECT': '✗',
      'APPROVED/WITHDRAW': '✗',
      'REJECTED/ENDORSE': '✗',
      'REJECTED/APPROVE': '✗',
      'REJECTED/REJECT': '✗',
      'REJECTED/WITHDRAW': '✗',
      'WITHDRAWN/ENDORSE': '✗',
      'WITHDRAWN/APPROVE': '✗',
      'WITHDRAWN/REJECT': '✗',
      'WITHDRAWN/WITHDRAW': '✗',
    });
  });
});

describe('clue lifecycle', () => {
  it('routes, disposes, shelves, reopens and concludes as DESIGN.md says', () => {
    const m = matrix(ClueStatus.values, ClueEvent.values, transitionClue);
    const legal = Object.entries(m).filter(([, to]) => to !== '✗');
    expect(Object.fromEntries(legal)).toEqual({
      'RECEIVED/ROUTE': 'ROUTED',
      'ROUTED/ROUTE': 'ROUTED',
      'ROUTED/START_DISPOSAL': 'IN_DISPOSAL',
      'ROUTED/SHELVE': 'SHELVED',
      'IN_DISPOSAL/SHELVE': 'SHELVED',
      'SHELVED/REOPEN': 'IN_DISPOSAL',
      'IN_DISPOSAL/CONCLUDE': 'CONCLUDED',
      'IN_DISPOSAL/FILE_CASE': 'CASE_FILED',
    });
    expect(Object.keys(m)).toHaveLength(ClueStatus.values.length * ClueEvent.values.length);
  });

  it('explains a refusal', () => {
    const r = transitionClue('CONCLUDED', 'SHELVE');
    expect(r).toEqual({
      ok: false,
      reason: {
        zh: '当前状态为“已办结”，不能执行“暂存待查”',
        en: 'cannot shelve while the state is "Concluded"',
      },
    });
  });
});
