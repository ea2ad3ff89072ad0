// Runs in a tab of its own (through the 'run-page' command): stories nested inside stories. If
// the elements loop forever, this tab hangs and never reports, and the test sees the time-out.
import '../../src/article/define.js';
import { NESTED_ARTICLES } from './bad-input-corpus.js';

declare global {
  interface Window {
    __hostileResult?: unknown;
  }
}

const warnings: string[] = [];
const errors: string[] = [];
const originalWarn = console.warn;
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};
window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const holder = document.createElement('div');
holder.innerHTML = NESTED_ARTICLES;
document.body.append(holder);

setTimeout(() => {
  const labels = (time: Element | null) =>
    [...(time?.parentElement?.querySelectorAll('[data-lede-generated="time-label"]') ?? [])].map((label) => label.textContent);
  const [outer, inner] = document.querySelectorAll('time');
  window.__hostileResult = {
    warnings,
    errors,
    text: document.body.innerText,
    outerLabels: labels(outer ?? null),
    innerLabels: labels(inner ?? null),
  };
}, 1000);
