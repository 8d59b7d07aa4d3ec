/**
 * Records a Chromium performance trace of one page through the DevTools protocol and finds the
 * main-thread tasks in which the extension's content script ran.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
].join(',');

/** Starts tracing on `cdp` (a page's session). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

/** Stops tracing and returns every event recorded. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    cdp.once('Tracing.tracingComplete', (event) => {
      if (event.stream) resolve(event.stream);
      else reject(new Error('the trace came back without a stream'));
    });
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 4 << 20 });
    parts.push(
      chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data,
    );
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed: unknown = JSON.parse(parts.join(''));
  if (Array.isArray(parsed)) return parsed as TraceEvent[];
  return ((parsed as { traceEvents?: TraceEvent[] }).traceEvents ?? []) as TraceEvent[];
}

export interface ScriptTask {
  /** Duration (ms). */
  ms: number;
  /** The first extension event in it, e.g. `EvaluateScript` or `FunctionCall scan`. */
  label: string;
}

export interface ScriptTasks {
  /** Main-thread tasks that ran the extension's code, longest first. */
  tasks: ScriptTask[];
  /** How many such tasks there were. */
  count: number;
  /** The longest such task (ms), or null when none was found. */
  longest: number | null;
  /** How many such tasks took longer than 50 ms. */
  overLongTask: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Whether an event carries the URL of a script in an extension. */
function isExtensionEvent(event: TraceEvent): boolean {
  const url = event.args?.data?.url;
  return typeof url === 'string' && url.startsWith('chrome-extension://');
}

/**
 * The top-level tasks on renderer main threads (`CrRendererMain`) that contain an event from an
 * extension script (`EvaluateScript`, `FunctionCall`, … with `args.data.url` of the extension).
 */
export function extensionTasks(events: readonly TraceEvent[]): ScriptTasks {
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      mainThreads.add(`${e.pid}:${e.tid}`);
    }
  }
  const tasksByThread = new Map<string, TraceEvent[]>();
  const hitsByThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    if (e.ph === 'X' && TASK_NAMES.has(e.name) && typeof e.dur === 'number') {
      const list = tasksByThread.get(thread) ?? [];
      list.push(e);
      tasksByThread.set(thread, list);
    } else if (isExtensionEvent(e)) {
      const list = hitsByThread.get(thread) ?? [];
      list.push(e);
      hitsByThread.set(thread, list);
    }
  }
  const found: ScriptTask[] = [];
  for (const [thread, hits] of hitsByThread) {
    const tasks = (tasksByThread.get(thread) ?? []).sort((a, b) => a.ts - b.ts);
    // Keep only outermost tasks: a nested run loop's task lies inside its parent.
    const top: TraceEvent[] = [];
    for (const task of tasks) {
      const last = top[top.length - 1];
      if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
      top.push(task);
    }
    const counted = new Set<TraceEvent>();
    for (const hit of hits) {
      const ts = hit.ts;
      // Binary search for the last task starting at or before the hit.
      let lo = 0;
      let hi = top.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((top[mid] as TraceEvent).ts <= ts) {
          at = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      const task = top[at];
      if (task && ts <= task.ts + (task.dur ?? 0) && !counted.has(task)) {
        counted.add(task);
        const fn = hit.args?.data?.functionName;
        found.push({ ms: (task.dur ?? 0) / 1000, label: fn ? `${hit.name} ${fn}` : hit.name });
      }
    }
  }
  found.sort((a, b) => b.ms - a.ms);
  return {
    tasks: found,
    count: found.length,
    longest: found[0]?.ms ?? null,
    overLongTask: found.filter((t) => t.ms > 50).length,
  };
}
