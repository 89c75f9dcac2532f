// Stepwise jobs: a generator yields wherever its host may let others run (the
// reader's tab yields to the page there); drive() runs one with pauses, runSync()
// in one go. No DOM and no Readability here, so the analysis worker can use it.

/**
 * Run a stepwise job, letting the host run (`pause`) at each step; `pause` may
 * return nothing to go on at once (its slice is still short). The job learns
 * how long each pause took (steps that keep a work budget leave that time out).
 */
export async function drive<T>(
  steps: Generator<void, T, number | undefined>,
  pause?: () => Promise<void> | void,
  now: () => number = () => performance.now(),
): Promise<T> {
  let waited: number | undefined;
  for (;;) {
    const step = steps.next(waited);
    if (step.done) return step.value;
    const paused = pause?.();
    if (!paused) {
      waited = undefined;
      continue;
    }
    const t = now();
    await paused;
    waited = now() - t;
  }
}

/** Run a stepwise job to its end without stopping. */
export function runSync<T>(steps: Generator<void, T, number | undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
