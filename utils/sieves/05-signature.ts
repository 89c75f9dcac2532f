// Sieve 5: a block quote signed by its author, on a line of its own or at its end.
//   > The bridge will hold. We checked every bolt.
//   > — Jane Marsh, PhD
//   > The bridge will hold. — Jane Marsh (@jmarsh) May 2, 2026
import { signedBy, type Decision, type Sieve } from './context';

export const signature: Sieve = {
  name: 'signature',
  describe: '> “…” ¶ > — Jane Marsh',
  run(ctx, q): Decision | null {
    return signedBy(ctx, q, this.name);
  },
};
