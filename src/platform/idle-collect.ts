// Memory back after a busy spell. Under load V8 grows the young generation and promotes the
// garbage of requests in flight; it keeps both until its next full collection, which a
// server with nothing to do never reaches (30–70 MB after the benchmark's load on /units,
// measured). So once the server has started, or answered requests, and then had none for
// IDLE_MS, it runs one full collection if the heap holds at least SLACK_BYTES more than
// its live objects: some tens of milliseconds, at most once per lull.
import v8 from "node:v8";
import vm from "node:vm";

export const IDLE_MS = 3000;
const SLACK_BYTES = 16 * 1024 * 1024;

/** V8's full collection, exposed at run time (as `node --expose-gc` would); undefined if that fails. */
function exposedGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export interface IdleCollector {
  /** The handler, each call of which counts as activity. */
  wrap<A extends unknown[], R>(handle: (...args: A) => R): (...args: A) => R;
  stop(): void;
}

export function idleCollector(): IdleCollector {
  const gc = exposedGc();
  let lastActivity = Date.now();
  let busy = true; // starting up counts as a busy spell
  const timer = gc
    ? setInterval(() => {
        if (!busy || Date.now() - lastActivity < IDLE_MS) return;
        busy = false;
        const heap = v8.getHeapStatistics();
        if (heap.total_heap_size - heap.used_heap_size >= SLACK_BYTES) gc();
      }, 1000)
    : undefined;
  timer?.unref();
  return {
    wrap:
      <A extends unknown[], R>(handle: (...args: A) => R) =>
      (...args: A) => {
        lastActivity = Date.now();
        busy = true;
        return handle(...args);
      },
    stop: () => clearInterval(timer),
  };
}
