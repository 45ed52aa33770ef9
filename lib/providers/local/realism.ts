// Makes the local providers behave a little like AWS for development and benchmarks
// (LOCAL_PROVIDER_LATENCY_MS, LOCAL_PROVIDER_MAX_PER_SECOND): every call takes a while to answer,
// and beyond the account's sending rate calls are refused the way SES and SNS throttle, so the
// worker's retries and the sender rate limits can be watched without an AWS account. Off by default.
import { ProviderRetryableError } from "../errors";

export type LocalProviderRealism = {
  /** How long each call takes before it answers; the messages of one batch are concurrent calls. */
  latencyMs?: number;
  /** Calls accepted per second (a token bucket holding one second's worth); unset: no limit. */
  maxPerSecond?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What AWS says when an account sends faster than its limit (SES: "Maximum sending rate exceeded."). */
export const THROTTLED_MESSAGE = "Maximum sending rate exceeded.";

/** One provider's latency and throughput limit, per process. */
export class SimulatedProviderLimits {
  private readonly latencyMs: number;
  private readonly maxPerSecond: number | undefined;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private tokens: number;
  private refilledAt: number;

  constructor(options: LocalProviderRealism = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.maxPerSecond = options.maxPerSecond;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.tokens = this.capacity();
    this.refilledAt = this.now();
  }

  /**
   * Makes `count` concurrent calls: each is accepted while the rate allows, the rest get a
   * ProviderRetryableError. Answers after the latency, as every call does, accepted or not.
   */
  async call(count: number): Promise<(ProviderRetryableError | null)[]> {
    const outcomes = Array.from({ length: count }, () => (this.take() ? null : new ProviderRetryableError(THROTTLED_MESSAGE)));
    if (this.latencyMs > 0) await this.sleep(this.latencyMs);
    return outcomes;
  }

  private capacity(): number {
    return this.maxPerSecond === undefined ? Infinity : Math.max(1, this.maxPerSecond);
  }

  private take(): boolean {
    if (this.maxPerSecond === undefined) return true;
    const now = this.now();
    this.tokens = Math.min(this.capacity(), this.tokens + ((now - this.refilledAt) / 1000) * this.maxPerSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
