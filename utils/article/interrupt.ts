// Readability runs in one synchronous call that no one can pause: on a page of
// 5,000 nested <div>s it runs for seconds (its cost grows faster than the
// depth). This makes one Readability instance interruptible: every one of its
// methods checks a clock first and throws OutOfTime once a deadline has passed.
// Readability's work is all method calls on itself (the node walk, inner text,
// scoring, cleaning), so no stretch between two checks is long.

/** Thrown inside a stage that ran out of its time; caught by the caller that set the deadline. */
export class OutOfTime extends Error {
  constructor(stage: string) {
    super(`${stage}: out of time`);
    this.name = 'OutOfTime';
  }
}

/** Read the clock once every this many method calls (a clock read costs more than most of these calls). */
const CHECK_EVERY = 8;

/**
 * Make `instance` (a Readability) throw OutOfTime from any of its own methods
 * once `now() >= deadline`. Methods are wrapped on the instance, so the class
 * and other instances are untouched. Returns how many methods were wrapped
 * (zero would mean the library no longer works this way: tests check it).
 */
export function interruptible(instance: object, now: () => number, deadline: number, stage = 'Readability'): number {
  if (!Number.isFinite(deadline)) return 0;
  let calls = 0;
  let wrapped = 0;
  const check = () => {
    if (++calls % CHECK_EVERY === 0 && now() >= deadline) throw new OutOfTime(stage);
  };
  const self = instance as Record<string, unknown>;
  for (let proto = Object.getPrototypeOf(instance); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (!desc || typeof desc.value !== 'function' || desc.value === proto.constructor || Object.hasOwn(self, key)) continue;
      const method = desc.value as (...args: unknown[]) => unknown;
      self[key] = function (this: unknown, ...args: unknown[]) {
        check();
        return method.apply(this, args);
      };
      wrapped++;
    }
  }
  return wrapped;
}
