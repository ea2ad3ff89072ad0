import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import { axeRunOptions } from './axe-options.js';

declare global {
  interface Window {
    axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on `context` with Lede's rules (WCAG 2.0–2.2 A and AA, best practice, colour
 * contrast) and fails with every violation listed. Pass `options` only to add rules, not to drop them.
 */
export async function expectAccessible(context: ElementContext, options: RunOptions = {}): Promise<void> {
  const results = await window.axe.run(context, {
    ...axeRunOptions,
    ...options,
    rules: { ...axeRunOptions.rules, ...options.rules },
  });
  if (results.violations.length) {
    const report = results.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).join('\n    ')}`)
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
  }
  if (!results.passes.length) throw new Error('axe checked nothing: the element rendered empty?');
}
