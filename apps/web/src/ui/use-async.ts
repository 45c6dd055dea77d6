import { useCallback, useEffect, useState } from 'preact/hooks';

export interface AsyncState<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  reload(): void;
}

/** Loads on mount and whenever `deps` change; `reload` after a write shows the new state. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      // The last good answer stays beside the error: a failed reload does not blank what was shown.
      (error: Error) => live && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

export interface ActionState {
  busy: boolean;
  error?: Error;
  done: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/** A write from a form: busy while it runs, the API's refusal kept to show next to the form. */
export function useAction(): ActionState {
  const [state, setState] = useState<{ busy: boolean; error?: Error; done: boolean }>({
    busy: false,
    done: false,
  });
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setState({ busy: true, done: false });
    try {
      await action();
      setState({ busy: false, done: true });
      return true;
    } catch (error) {
      setState({ busy: false, error: error as Error, done: false });
      return false;
    }
  }, []);
  return { ...state, run };
}
