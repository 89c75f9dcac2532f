// The speaker list says "no speaker matches" only when no group at all is shown.
// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { SpeakerList } from '@/components/SpeakerList';
import { useLocale } from './i18n-harness';

beforeAll(() => useLocale('en'));

const noop = () => {};
const list = (othersShown: boolean) => (
  <SpeakerList
    speakers={[]}
    unattributed={[]}
    expanded={new Set()}
    highlightedQuote={null}
    onToggle={noop}
    onShow={noop}
    onCopy={noop}
    othersShown={othersShown}
  />
);

describe('SpeakerList with nothing to list', () => {
  it('says no speaker matches when no other group is shown', () => {
    const root = document.createElement('div');
    render(list(false), root);
    expect(root.querySelector('.no-match')).not.toBeNull();
  });

  it('says nothing when the unnamed sources are shown below it', () => {
    const root = document.createElement('div');
    render(list(true), root);
    expect(root.querySelector('.no-match')).toBeNull();
  });
});
