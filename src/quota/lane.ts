import { TooManyRequestsError } from "../cognito/errors.js";
import type { Reservation, SpacedRate } from "./spacing.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How far ahead a lane reserves send times (see Lane). Short, because the send times reserved when a
 * busy process stalls all come due together once it runs again: at most two of UserUpdate's.
 */
const LOOKAHEAD_MS = 50;

interface Waiter {
  caller: string;
  deadlineAt: number;
  thenHolding: (() => Promise<void>) | undefined;
  resolve(): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout | undefined;
  queued: boolean;
  settled: boolean;
}

/**
 * Waiters for one budget key, shared fairly between callers: each caller has its own first-come,
 * first-served queue, and each send time goes to the next caller in turn (round-robin) when it comes,
 * so a caller with a thousand calls waiting gets one in n while n callers wait, and all of them while
 * alone. A caller who starts waiting joins the end of the turn, so it waits at most one send time per
 * other waiting caller (its fair share) plus those already reserved.
 *
 * One loop per lane reserves the send times (one budget command at a time, not one per waiter), a
 * little ahead (`LOOKAHEAD_MS`, in batches), so neither a budget round trip nor a late timer costs a send time:
 * a lane that reserved only after serving would lose one whenever its loop took longer than an
 * interval (8 ms at UserRead's 120 per second). Only a little, so that replicas sharing the budget
 * share it too, and little is reserved for waiters who then give up.
 */
export class Lane {
  /** Callers with waiters, in turn order (a Map keeps insertion order). */
  private readonly queues = new Map<string, Waiter[]>();
  /** Waiters in `queues`. */
  private queued = 0;
  /** Reserved send times that have not come yet (epoch ms, in order). */
  private readonly sendTimes: number[] = [];
  /** Served waiters still running `thenHolding`. */
  private holding = 0;
  /** When this lane's last waiter was served (epoch ms). */
  private lastServedAt = Number.NEGATIVE_INFINITY;
  private reserving = false;
  /** Waiters not yet settled, queued or holding. */
  waiting = 0;

  constructor(
    private readonly rate: SpacedRate,
    private readonly key: string,
    options: {
      /**
       * Least time between two waiters being served. The rate spaces the reservations; this also
       * spaces the sends, since a served waiter may first have waited for another lane's send time
       * (`thenHolding`) for longer than this lane's interval.
       */
      minSpacingMs?: number;
      /** Most send times reserved or holding at once; 1 serves one waiter at a time. */
      maxOutstanding?: number;
    } = {},
  ) {
    this.minSpacingMs = options.minSpacingMs ?? 0;
    this.maxOutstanding = options.maxOutstanding ?? Number.POSITIVE_INFINITY;
  }

  private readonly minSpacingMs: number;
  private readonly maxOutstanding: number;

  /**
   * Resolves once this waiter's send time has come and `thenHolding` (run before the next waiter may
   * start) has finished; rejects with TooManyRequestsError when that cannot happen by `deadlineAt`,
   * as soon as that is known.
   */
  take(caller: string, deadlineAt: number, thenHolding?: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        caller,
        deadlineAt,
        thenHolding,
        resolve,
        reject,
        timer: undefined,
        queued: true,
        settled: false,
      };
      this.waiting++;
      this.queued++;
      // A waiter whose deadline passes while others are ahead leaves the queue at once.
      waiter.timer = setTimeout(
        () => this.settle(waiter, this.tooMany()),
        Math.max(0, deadlineAt - Date.now()),
      );
      const queue = this.queues.get(caller);
      if (queue) queue.push(waiter);
      else this.queues.set(caller, [waiter]);
      void this.reserve();
    });
  }

  /** Reserves send times while waiters outnumber them, within the lookahead. */
  private async reserve(): Promise<void> {
    if (this.reserving) return;
    this.reserving = true;
    try {
      while (this.wantsMore()) {
        const spacingLeft = this.lastServedAt + this.minSpacingMs - Date.now();
        if (spacingLeft > 0) {
          this.refuseDueBefore(Date.now() + spacingLeft);
          await sleep(spacingLeft);
          continue;
        }
        let reservation: Reservation;
        try {
          // Nothing is reserved that nobody waiting could still use.
          reservation = await this.rate.reserve(this.key, this.wanted(), this.latestDeadline() - Date.now());
        } catch (error) {
          const waiter = this.next();
          if (waiter) this.settle(waiter, error);
          continue;
        }
        if (reservation.granted === 0) {
          // Later than every deadline waiting (to the script's rounding, hence the extra millisecond):
          // only the send times already reserved can serve anyone now.
          this.refuseDueBefore(Math.min(this.sendTimes[0] ?? Infinity, Date.now() + reservation.waitMs + 1));
          break;
        }
        for (let index = 0; index < reservation.granted; index++) {
          const waitMs = reservation.waitMs + index * this.rate.intervalMs;
          this.sendTimes.push(Date.now() + waitMs);
          // Not a timer when it is due now: even a 0 ms timer waits for the next turn of the loop.
          if (waitMs <= 0) queueMicrotask(() => void this.sendTimeCame());
          else setTimeout(() => void this.sendTimeCame(), waitMs);
        }
        // Whoever would have to wait past their deadline leaves now; a send time due now still goes
        // to a waiter whose own deadline timer has not fired yet, as a free token always did.
        const earliest = this.sendTimes[0] as number;
        if (earliest > Date.now()) this.refuseDueBefore(earliest);
      }
    } finally {
      this.reserving = false;
    }
  }

  private wantsMore(): boolean {
    const last = this.sendTimes.at(-1);
    return (
      this.queued > this.sendTimes.length &&
      this.sendTimes.length + this.holding < this.maxOutstanding &&
      (last === undefined || last - Date.now() < LOOKAHEAD_MS)
    );
  }

  /** How many send times to ask for at once: one budget round trip for the lookahead's worth. */
  private wanted(): number {
    const byLookahead = Math.max(1, Math.floor(LOOKAHEAD_MS / this.rate.intervalMs));
    const outstanding = this.sendTimes.length + this.holding;
    return Math.max(
      1,
      Math.min(this.queued - this.sendTimes.length, this.maxOutstanding - outstanding, byLookahead),
    );
  }

  /** A reserved send time has come: it goes to whoever's turn it is (unused if nobody waits). */
  private async sendTimeCame(): Promise<void> {
    this.sendTimes.shift();
    // No check of deadlines here: a waiter whose deadline came before this send time was refused by
    // its own timer, which is due first; a busy process that runs both late still runs them in order.
    const waiter = this.next();
    if (waiter) await this.serve(waiter);
    void this.reserve();
  }

  private async serve(waiter: Waiter): Promise<void> {
    if (waiter.thenHolding) {
      this.holding++;
      try {
        await waiter.thenHolding();
      } catch (error) {
        this.settle(waiter, error);
        return;
      } finally {
        this.holding--;
      }
    }
    this.lastServedAt = Date.now();
    this.settle(waiter);
  }

  private latestDeadline(): number {
    let latest = Number.NEGATIVE_INFINITY;
    for (const queue of this.queues.values()) {
      for (const waiter of queue) latest = Math.max(latest, waiter.deadlineAt);
    }
    return latest;
  }

  /** The head of the caller whose turn it is; that caller goes to the end of the turn. */
  private next(): Waiter | undefined {
    for (const [caller, queue] of this.queues) {
      this.queues.delete(caller);
      const waiter = queue.shift();
      if (queue.length > 0) this.queues.set(caller, queue);
      if (waiter) {
        waiter.queued = false;
        this.queued--;
        return waiter;
      }
    }
    return undefined;
  }

  /** Refuses now whoever must give up before `time`, the earliest the next send time can be. */
  private refuseDueBefore(time: number): void {
    for (const queue of [...this.queues.values()]) {
      for (const waiter of queue.filter((candidate) => candidate.deadlineAt < time)) {
        this.settle(waiter, this.tooMany());
      }
    }
  }

  private settle(waiter: Waiter, error?: unknown): void {
    if (waiter.settled) return;
    waiter.settled = true;
    clearTimeout(waiter.timer);
    this.waiting--;
    if (waiter.queued) {
      waiter.queued = false;
      this.queued--;
      const queue = this.queues.get(waiter.caller);
      if (queue) {
        queue.splice(queue.indexOf(waiter), 1);
        if (queue.length === 0) this.queues.delete(waiter.caller);
      }
    }
    if (error === undefined) waiter.resolve();
    else waiter.reject(error);
  }

  private tooMany(): InstanceType<typeof TooManyRequestsError> {
    const seconds = Math.max(1, Math.ceil(this.waiting / this.rate.rate));
    const error = new TooManyRequestsError(
      `The gateway is at Cognito's request-rate quota for this operation; retry in about ${seconds} s`,
    );
    error.retryAfterSeconds = seconds;
    return error;
  }
}
