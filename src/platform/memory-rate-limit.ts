// A fixed-window counter per key in this process's memory, for a public page that must answer
// thousands of requests a second (certificate verification): counting in PostgreSQL would cost a
// write per request. Each app process counts on its own, so N processes allow N times the limit
// per address; the limit is a brake on bulk guessing, not the secret (codes are 80 random bits).
import type { Limit } from "./rate-limit";

export class MemoryRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: Limit,
    /** Most keys remembered: the oldest window is forgotten first (an attacker with many addresses fills it). */
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; 0 when within the limit, else the seconds until the window ends. */
  take(key: string): number {
    const now = this.now();
    const windowMs = this.limit.windowSeconds * 1000;
    let w = this.windows.get(key);
    if (!w || now - w.start >= windowMs) {
      this.windows.delete(key);
      w = { start: now, count: 0 };
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      this.windows.set(key, w);
    }
    w.count += 1;
    return w.count > this.limit.max ? Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) : 0;
  }
}
