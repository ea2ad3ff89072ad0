import { resetWarnings } from '../../src/internal/warn.js';

/** Records console.warn calls until `restore()`; forgets Lede's warn-once memory first. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  resetWarnings();
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Fails the test if any error escapes to the window while `run` executes. */
export async function expectNoUncaughtError(run: () => Promise<void> | void): Promise<void> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  if (errors.length) throw new Error(`uncaught: ${errors.map(String).join('; ')}`);
}
