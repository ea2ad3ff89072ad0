/** Polls until `condition` holds; throws, naming `what`, when it has not after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 5000, interval = 20): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The node in `host`'s shadow root that carries the CSS part `name`. */
export const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string): T | null =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
