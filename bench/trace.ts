// The reader's tab's main thread, from a CDP trace (Tracing over the browser
// session, category devtools.timeline): every task it ran between the start
// and the end of the trace, and which of them were Cited's. The Long Tasks API
// and a page timer see the tab from inside; the trace sees each task, so it can
// tell the content script's own blocks from the page's (its layout, its
// frames, its scripts).
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; name?: string };
}

export interface TabTrace {
  /** Longest task of the tab's main thread over the trace, ms. */
  longest_ms: number;
  /** Longest task that ran the content script (its arrival included: compile and first run). */
  longest_ours_ms: number;
  /** Longest task that did not (the page's own work, style and layout included). */
  longest_page_ms: number;
  /** The content script's arrival: the task that compiled and first ran it. */
  arrival_ms: number | null;
  /** All of the content script's tasks, summed, and how many there were. */
  ours_total_ms: number;
  ours_tasks: number;
}

const CATEGORIES = ['devtools.timeline', 'toplevel'];

/** Start a trace; the returned function ends it and reads the tab's tasks (those running `scriptPath` are ours). */
export async function startTabTrace(cdp: CDPSession, scriptPath: string): Promise<() => Promise<TabTrace | null>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => {
    for (const x of e.value) events.push(x);
  };
  cdp.on('Tracing.dataCollected' as never, onData as never);
  await cdp.send('Tracing.start' as never, { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' } as never);
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete' as never, (() => resolve()) as never));
    await cdp.send('Tracing.end' as never);
    await complete;
    cdp.off('Tracing.dataCollected' as never, onData as never);
    return tabTasks(events, scriptPath);
  };
}

/** The main thread is the one that evaluated the content script; its tasks are split by whether they ran it. */
export function tabTasks(events: readonly TraceEvent[], scriptPath: string): TabTrace | null {
  const ours = (e: TraceEvent) => (e.args?.data?.url ?? '').includes(scriptPath);
  const arrival = events.find((e) => e.name === 'EvaluateScript' && ours(e));
  if (!arrival) return null;
  const thread = events.filter((e) => e.pid === arrival.pid && e.tid === arrival.tid && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts);
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const marks = thread.filter(ours).map((e) => e.ts);
  const out: TabTrace = { longest_ms: 0, longest_ours_ms: 0, longest_page_ms: 0, arrival_ms: null, ours_total_ms: 0, ours_tasks: 0 };
  let m = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur!;
    while (m < marks.length && marks[m]! < t.ts) m++;
    const isOurs = m < marks.length && marks[m]! < end;
    const ms = t.dur! / 1000;
    out.longest_ms = Math.max(out.longest_ms, ms);
    if (isOurs) {
      out.longest_ours_ms = Math.max(out.longest_ours_ms, ms);
      out.ours_total_ms += ms;
      out.ours_tasks++;
      if (arrival.ts >= t.ts && arrival.ts < end) out.arrival_ms = ms;
    } else out.longest_page_ms = Math.max(out.longest_page_ms, ms);
  }
  return out;
}
