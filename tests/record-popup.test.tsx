// @vitest-environment happy-dom
// The popup's record line: saving the analysis shown (in fake-indexeddb, through
// WXT's fake browser), saying so, removing it, and the setting.
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/utils/analyze';
import { RecordLine } from '@/components/RecordLine';
import { createRecordControl } from '@/entrypoints/popup/record';
import { RecordStore } from '@/utils/record/store';
import { useLocale } from './i18n-harness';

const analysis = () =>
  analyze({ text: `"The river is rising," said Jane Marsh, a hydrologist at Westmere University.`, url: 'https://news.example/river?utm_source=feed', title: 'River rising' });

describe('the popup\'s record line', () => {
  let root: HTMLElement;
  let idb: IDBFactory;
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.reset();
    useLocale('en');
    idb = new IDBFactory();
    root = document.createElement('div');
    document.body.append(root);
    tabId = (await fakeBrowser.tabs.create({ url: 'https://news.example/river' })).id!;
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function show(control: ReturnType<typeof createRecordControl>) {
    await act(() => render(<RecordLine record={control} />, root));
  }
  const text = () => root.querySelector('[data-testid="record-status"]')!.textContent!;
  const saved = async () => {
    const s = await RecordStore.open(idb);
    const all = await s.entries();
    s.close();
    return all.map((e) => e.article);
  };

  it('saves the analysis, says when, and a second reading is an update', async () => {
    const control = createRecordControl(idb);
    await show(control);
    expect(text()).toMatch(/Saving/);
    await act(() => control.save(tabId, analysis(), '2026-12-02T08:20:00.000Z'));
    expect(text()).toMatch(/^Saved · /);
    expect((await saved()).map((a) => a.id)).toEqual(['https://news.example/river']);
    const again = createRecordControl(idb);
    await act(() => again.save(tabId, analysis(), '2026-12-03T09:00:00.000Z'));
    expect(again.status.value).toMatchObject({ kind: 'saved', before: '2026-12-02T08:20:00.000Z' });
    expect((await saved()).length).toBe(1);
  });

  it('Remove deletes this page from the record', async () => {
    const control = createRecordControl(idb);
    await show(control);
    await act(() => control.save(tabId, analysis(), '2026-12-02T08:20:00.000Z'));
    await act(async () => (root.querySelector('[data-action="record-remove"]') as HTMLButtonElement).click());
    // The removal goes through IndexedDB: wait for it to be said (a fixed delay failed on a loaded machine).
    await vi.waitFor(() => expect(text()).toMatch(/Removed/), { timeout: 5000, interval: 10 });
    expect(await saved()).toEqual([]);
  });

  it('with the record off nothing is saved; turning it on saves the page in view', async () => {
    await fakeBrowser.storage.local.set({ 'record.off': true });
    const control = createRecordControl(idb);
    await show(control);
    await act(() => control.save(tabId, analysis(), '2026-12-02T08:20:00.000Z'));
    expect(text()).toMatch(/record is off/);
    expect((root.querySelector('[data-action="record-toggle"]') as HTMLInputElement).checked).toBe(false);
    expect(await saved()).toEqual([]);
    await act(() => control.setEnabled(true));
    expect(text()).toMatch(/^Saved · /);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await saved()).length).toBe(1);
  });

  it('a page with no article is not a reading, and a private window leaves no trace', async () => {
    const none = createRecordControl(idb);
    await none.save(tabId, { ...analysis(), status: 'no-article' }, null);
    expect(none.status.value.kind).toBe('pending');
    // The fake browser has no private windows: its tab lookup answers as a private window's tab would.
    const tab = await fakeBrowser.tabs.get(tabId);
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, incognito: true } as never);
    const privateTab = tabId;
    const control = createRecordControl(idb);
    await show(control);
    await act(() => control.save(privateTab, analysis(), null));
    expect(text()).toMatch(/private window/);
    expect(await saved()).toEqual([]);
    get.mockRestore();
  });

  it('speaks the browser\'s language', async () => {
    useLocale('fr');
    const control = createRecordControl(idb);
    await show(control);
    await act(() => control.save(tabId, analysis(), '2026-12-02T08:20:00.000Z'));
    expect(text()).toMatch(/^Enregistré · .* Retirer$/);
    expect(root.querySelector('[data-action="dashboard"]')!.textContent).toBe('Tableau de bord');
    useLocale('es');
    await act(() => control.setEnabled(false));
    expect(text()).toBe('No guardado: tu registro de lectura está desactivado.');
  });

  it('links to the dashboard page', async () => {
    await show(createRecordControl(idb));
    expect(root.querySelector('[data-action="dashboard"]')!.getAttribute('href')).toMatch(/\/dashboard\.html$/);
  });
});
