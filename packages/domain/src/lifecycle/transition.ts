import type { Label } from '../enums/define-enum.js';

/** The result of asking a lifecycle for a move: the new state, or why the move is refused. */
export type Transition<S extends string> = { ok: true; to: S } | { ok: false; reason: Label };

/** A lifecycle table: for each event, the states it may start from and the state it leads to. */
export type LifecycleTable<S extends string, E extends string> = Record<E, { from: readonly S[]; to: S }>;

/** Builds the pure transition function of a lifecycle table. */
export function lifecycle<S extends string, E extends string>(
  table: LifecycleTable<S, E>,
  labelOf: (state: S) => Label,
  eventLabel: (event: E) => Label,
) {
  return function transition(from: S, event: E): Transition<S> {
    const rule = table[event];
    if (rule.from.includes(from)) return { ok: true, to: rule.to };
    const state = labelOf(from);
    const action = eventLabel(event);
    return {
      ok: false,
      reason: {
        zh: `当前状态为“${state.zh}”，不能执行“${action.zh}”`,
        en: `cannot ${action.en.toLowerCase()} while the state is "${state.en}"`,
      },
    };
  };
}

/** The events a state allows, for menus and buttons. */
export function allowedEvents<S extends string, E extends string>(table: LifecycleTable<S, E>, from: S): E[] {
  return (Object.keys(table) as E[]).filter((event) => table[event].from.includes(from));
}
