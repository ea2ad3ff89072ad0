// Reads a Chromium trace (categories devtools.timeline and friends) of one page load and splits the
// renderer main thread's time up to the page's own "bench-done" mark into script, style and layout.
// A trace sees microtasks (where Lit renders and Lede enhances); Performance.getMetrics does not.

const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'CompileScript',
  'CompileModule',
  'EvaluateModule',
  'CacheScript',
  'CacheModule',
  'XHRReadyStateChange',
  'XHRLoad',
  'GCEvent',
  'MajorGC',
  'MinorGC',
  'BlinkGC.AtomicPhase',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout', 'UpdateLayerTree', 'LayoutShift']);
const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/** @param {string} name */
function phaseOf(name) {
  if (SCRIPT.has(name) || /^v8[._]/i.test(name)) return 'script';
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  return 'other';
}

/**
 * @param {any[]} events trace events
 * @param {string} mark the console.timeStamp message the page writes when it is done
 * @returns {{ task: number, script: number, style: number, layout: number }} milliseconds
 */
export function splitTrace(events, mark = 'bench-done') {
  const done = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === mark);
  if (!done) throw new Error(`trace has no "${mark}" time stamp`);
  const { pid, tid } = done;
  const end = done.ts;

  // Complete events on the main thread, B/E pairs folded into complete ones.
  const slices = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') slices.push({ name: e.name, ts: e.ts, dur: e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) slices.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts });
    }
  }
  const clipped = slices
    .filter((s) => s.ts < end)
    .map((s) => ({ ...s, dur: Math.min(s.dur, end - s.ts) }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  let task = 0;
  const phases = { script: 0, style: 0, layout: 0, other: 0 };
  // Self time of each slice goes to its own phase; a slice that nests in a script slice and has no
  // phase of its own (e.g. a V8 sub-event with an unknown name) counts as script.
  /** @type {{ s: any, end: number, child: number, phase: string }[]} */
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop();
      phases[top.phase] += Math.max(0, top.s.dur - top.child);
    }
  };
  for (const s of clipped) {
    close(s.ts);
    const parent = stack[stack.length - 1];
    if (!parent && TOP_LEVEL.has(s.name)) task += s.dur;
    if (parent) parent.child += s.dur;
    let phase = phaseOf(s.name);
    if (phase === 'other' && parent && parent.phase === 'script') phase = 'script';
    stack.push({ s, end: s.ts + s.dur, child: 0, phase });
  }
  close(Infinity);
  const ms = (us) => us / 1000;
  return { task: ms(task), script: ms(phases.script), style: ms(phases.style), layout: ms(phases.layout) };
}
