/**
 * Cooperative scheduling for the content script: long work is cut into slices that each stay well
 * under the 50 ms long-task threshold, yielding to the page in between.
 */

/** How long one slice of work may run before it yields (ms). Well under the 50 ms long task. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page: `scheduler.yield()` where it exists, else a
 * MessageChannel task (not throttled like `setTimeout(0)`). Rejects with the signal's reason once
 * `signal` is aborted, so a cancelled scan stops at its next yield.
 */
export async function yieldToMain(signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    await scheduler.yield();
  } else {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  signal?.throwIfAborted();
}

/**
 * Resolves in an idle period (`requestIdleCallback`, at most `timeout` ms late), with the time
 * the browser says is left in it. Falls back to a short timer where idle callbacks are missing.
 */
export function whenIdle(signal?: AbortSignal, timeout = 500): Promise<IdleDeadline | null> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (deadline: IdleDeadline | null): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve(deadline);
    };
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((deadline) => done(deadline), { timeout });
    } else {
      setTimeout(() => done(null), 1);
    }
  });
}

/** Tracks one slice of work: `expired()` says when to yield. */
export class Slice {
  private started = performance.now();

  constructor(private readonly budget = SLICE_MS) {}

  expired(): boolean {
    return performance.now() - this.started >= this.budget;
  }

  /** Yields if the slice is used up, then starts a new one. */
  async maybeYield(signal?: AbortSignal): Promise<void> {
    if (!this.expired()) return;
    await yieldToMain(signal);
    this.started = performance.now();
  }
}

/** True for the error a cancelled scan throws (the signal's abort reason). */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (error === signal.reason || error instanceof DOMException);
}
