import { executeServerCommand } from '@web/test-runner-commands';

/** Chromium's accessibility tree below the first element matching `selector`, as Playwright's YAML. */
export function ariaSnapshot(selector: string): Promise<string> {
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });
}

/** Sets a localStorage item from a second, real browser tab on the same origin. */
export function setStorageInOtherTab(key: string, value: string): Promise<boolean> {
  return executeServerCommand<boolean, { key: string; value: string }>('set-storage-in-other-tab', { key, value });
}

/** The role and name Chromium itself computed for the first element matching `selector` (not inside a shadow root). */
export function chromiumAxNode(selector: string): Promise<{ role: string; name: string } | null> {
  return executeServerCommand<{ role: string; name: string } | null, { selector: string }>('chromium-ax-node', { selector });
}

/**
 * Opens `url` (a page with a `<lede-text-size>`) in a second, real tab; in each round, picks
 * `here` in this page's first switcher and `there` in the other tab's at the same moment, waits
 * `settleMs`, and reports what the other tab shows and stores under `key`.
 */
export function raceTextSizeInOtherTab(payload: {
  url: string;
  key: string;
  rounds: Array<[here: number, there: number]>;
  settleMs: number;
}): Promise<Array<{ shown: string | undefined; stored: string | null }>> {
  return executeServerCommand('race-text-size-in-other-tab', payload);
}
