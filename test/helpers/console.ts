import { resetWarnings } from '../../src/internal/warn.js';

/**
 * Records console.warn calls during each test of the enclosing `describe`, and forgets Lede's
 * warn-once memory before each, so every test sees its own warnings. Call it inside `describe`.
 */
export function recordWarnings(): { messages: string[] } {
  const record = { messages: [] as string[] };
  let original: typeof console.warn;
  beforeEach(() => {
    resetWarnings();
    record.messages = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      record.messages.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = original;
  });
  return record;
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
