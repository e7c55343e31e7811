import { useCallback, useEffect, useRef, useState } from 'react';
import { useNotify } from 'react-admin';

/**
 * What a queue page reads, loaded on mount and whenever `fetch` changes (memoise it on its filters): null while
 * the first load runs, `empty` after a refusal (shown as a notice). `act` runs a mutation, says `done` or the
 * error, then loads again.
 */
export function useLoaded<T>(fetch: () => Promise<T>, empty: T) {
  const notify = useNotify();
  const [data, setData] = useState<T | null>(null);
  // The fallback is a value, not a dependency: a literal `[]` would otherwise reload on every render.
  const fallback = useRef(empty);
  const load = useCallback(
    () =>
      fetch().then(setData, (error: Error) => {
        setData(fallback.current);
        notify(error.message, { type: 'error' });
      }),
    [fetch, notify],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const act = useAct(load);
  return { data, load, act };
}

/** A row action: runs a mutation, says `done` (a message key) or the error, then calls `after` (a reload). */
export function useAct(after: () => unknown) {
  const notify = useNotify();
  return async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      notify(done, { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    await after();
  };
}
