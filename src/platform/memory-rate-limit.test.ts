import { describe, expect, it } from "vitest";
import { MemoryRateLimit } from "./memory-rate-limit";

describe("MemoryRateLimit", () => {
  it("lets max attempts through in a window, then answers the seconds left, then starts again", () => {
    let now = 1_000_000;
    const limit = new MemoryRateLimit({ max: 3, windowSeconds: 60 }, 10, () => now);
    expect([limit.take("a"), limit.take("a"), limit.take("a")]).toEqual([0, 0, 0]);
    now += 15_000;
    expect(limit.take("a")).toBe(45);
    expect(limit.take("b")).toBe(0);
    now += 45_000;
    expect(limit.take("a")).toBe(0);
  });

  it("forgets the oldest address first when full, never growing past its size", () => {
    const limit = new MemoryRateLimit({ max: 1, windowSeconds: 60 }, 2, () => 0);
    limit.take("a");
    limit.take("b");
    limit.take("c");
    expect(limit.take("a")).toBe(0);
    expect(limit.take("c")).toBe(60);
  });
});
