import { useEffect } from 'preact/hooks';
import type { LiveEvent } from '../session/live-events';
import { useApp } from '../session/app-context';

/** How long to gather a burst of events (a write often records several) into one reload. */
const GATHER_MS = 150;

/**
 * Issue 19, item 7: reloads what a page shows when someone else changes it. `concerns` picks the
 * events that matter to the page (all of the council's by default); a burst is one reload. The
 * page's own writes reload it too, which shows the same state again.
 */
export function useLiveReload(reload: () => void, concerns: (event: LiveEvent) => boolean = () => true) {
  const { live } = useApp();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = live.subscribe((event) => {
      if (!concerns(event)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, GATHER_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
    // `concerns` is written inline by pages; what it reads is in the route, which remounts the page.
  }, [live, reload]);
}

/** The events of one case: `kind` as in URLs (`hearings`, `meetings`), and its id. */
export const aboutCase = (kind: string, id: string) => (event: LiveEvent) =>
  event.kind === kind && event.id === id;
