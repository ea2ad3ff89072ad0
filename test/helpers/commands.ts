import { executeServerCommand } from '@web/test-runner-commands';

/** Chromium's accessibility tree below the first element matching `selector`, as Playwright's YAML. */
export function ariaSnapshot(selector: string): Promise<string> {
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });
}
