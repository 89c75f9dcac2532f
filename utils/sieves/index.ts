// The attribution sieves, in order. Each sieve sees only the quotes that the
// ones before it left without a decision, and records its name on what it decides.
// The order is declared here once; each file is numbered by its place in it
// (a test checks), and no sieve calls another: shared readers are in context.ts.
import { cueAfter } from './01-cue-after';
import { cueBefore } from './02-cue-before';
import { accordingTo } from './03-according-to';
import { colonIntro } from './04-colon-intro';
import { signature } from './05-signature';
import { paraphrase } from './06-paraphrase';
import { sameBlock } from './07-same-block';
import { continuation } from './08-continuation';
import { clauseSubject } from './09-clause-subject';
import type { Sieve, SieveContext } from './context';

export const SIEVES: readonly Sieve[] = [cueAfter, cueBefore, accordingTo, colonIntro, signature, paraphrase, sameBlock, continuation, clauseSubject];

export interface SieveRunOptions {
  /** Called between sieves; return true to stop early (time budget). */
  shouldStop?: () => boolean;
}

/** Run every sieve over the quotes still undecided, in document order. Returns false when stopped early. */
export function runSieves(ctx: SieveContext, options: SieveRunOptions = {}): boolean {
  const steps = sieveSteps(ctx, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as steps: it yields after each sieve and every few hundred quotes, where a host that must not
 * hold its thread long (the content script) lets the page run. The decisions are the same.
 */
export function* sieveSteps(ctx: SieveContext, options: SieveRunOptions = {}): Generator<void, boolean> {
  for (const sieve of SIEVES) {
    if (options.shouldStop?.()) return false;
    for (const q of ctx.quotes) {
      // On a page with thousands of quotes, look at the clock every few hundred.
      if (q.index % CHECK_EVERY === CHECK_EVERY - 1) {
        if (options.shouldStop?.()) return false;
        yield;
      }
      if (ctx.decisions[q.index] || q.token < 0) continue;
      ctx.decisions[q.index] = sieve.run(ctx, q);
    }
    yield;
  }
  return true;
}

const CHECK_EVERY = 256;
