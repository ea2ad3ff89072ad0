import { deepActiveElement } from '../../src/internal/find-by-id.js';
import { describeElement } from './page-context.js';

export interface FocusTimeline {
  /** Where focus was, frame by frame, with repeats of the same element collapsed. */
  sequence: Array<Element | null>;
  /** Each entry of `sequence` in words, taken when it was sampled (before the node could be removed). */
  described: string[];
  /** How many animation frames were sampled. */
  frames: number;
  /** True when the page never became idle before the time cap. */
  timedOut: boolean;
  /** Where focus ended. */
  last: Element | null;
}

export interface SampleOptions {
  /** Frames focus must stay put (and `settled` hold) for the page to count as idle. */
  idleFrames?: number;
  /** Stop sampling after this long, idle or not. */
  timeoutMs?: number;
  /** Extra condition for idle: e.g. the player has finished loading or has failed. */
  settled?: () => boolean;
}

/**
 * Runs a reader's `action` and samples the deep active element (through open shadow roots) on
 * every animation frame, from just before the action until the page is idle: focus has not
 * moved for `idleFrames` frames and `settled()` holds, or `timeoutMs` has passed. Returns the
 * sequence of places focus was, so a test can assert it never rested on `<body>` and where it ended.
 */
export async function sampleFocusUntilIdle(action: () => unknown, options: SampleOptions = {}): Promise<FocusTimeline> {
  const { idleFrames = 20, timeoutMs = 6000, settled = () => true } = options;
  const sequence: Array<Element | null> = [];
  const described: string[] = [];
  let frames = 0;
  let still = 0;
  let actionDone = false;
  const record = () => {
    const active = deepActiveElement();
    if (sequence.length && sequence[sequence.length - 1] === active) return false;
    sequence.push(active);
    described.push(describeElement(active));
    return true;
  };
  record();
  const started = performance.now();
  const sampling = new Promise<boolean>((resolve) => {
    const frame = () => {
      frames++;
      const moved = record();
      still = moved ? 0 : still + 1;
      if (actionDone && still >= idleFrames && settled()) return resolve(false);
      if (performance.now() - started > timeoutMs) return resolve(true);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  try {
    await action();
  } finally {
    actionDone = true;
  }
  const timedOut = await sampling;
  return { sequence, described, frames, timedOut, last: sequence[sequence.length - 1] ?? null };
}

/** The timeline in words, for failure messages: `button[part=start] → body → …`. */
export function describeTimeline(timeline: FocusTimeline): string {
  return timeline.described.join('\n  → ');
}

/** Fails when focus rested on `<body>` (or nowhere) at any sampled frame, or the page never became idle. */
export function assertNeverOnBody(timeline: FocusTimeline, what: string): void {
  const lost = timeline.sequence.some((element) => !element || element === document.body || element === document.documentElement);
  if (lost) throw new Error(`${what}: focus fell to <body> at some frame. Focus went:\n  ${describeTimeline(timeline)}`);
  if (timeline.timedOut) throw new Error(`${what}: the page never became idle. Focus went:\n  ${describeTimeline(timeline)}`);
}

/** Fails unless focus ended on `expected` (or inside it, when `inside` is set). */
export function assertEndsOn(timeline: FocusTimeline, expected: Element | null, what: string, { inside = false } = {}): void {
  const last = timeline.last;
  const ok = !!expected && !!last && (inside ? expected === last || containsDeep(expected, last) : last === expected);
  if (!ok) {
    throw new Error(
      `${what}: focus should end ${inside ? 'inside' : 'on'} ${describeElement(expected)}, but ended on ${describeElement(last)}. Focus went:\n  ${describeTimeline(timeline)}`,
    );
  }
}

function containsDeep(ancestor: Element, node: Element): boolean {
  for (let current: Node | null = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (current === ancestor) return true;
  }
  return false;
}
