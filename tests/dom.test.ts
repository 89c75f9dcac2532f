// cli/dom.ts: linkedom without making the document's view for baseURI or a style
// declaration for elements without a style attribute; events (for the build's
// lazy listener maps), baseURI and style must behave as before.
import { Event, EventTarget } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument, patchLinkedom } from '../cli/dom';

const page = (head = '') => parseDocument(`<!doctype html><html><head>${head}<title>Made up</title></head><body><div id="outer"><p id="inner">Some <b>words</b>.</p></div></body></html>`);

describe('patchLinkedom', () => {
  it('applies both changes to the pinned linkedom', () => {
    expect(patchLinkedom()).toEqual({ baseURI: true, style: true });
  });

  it('answers style reads as linkedom does, with or without a style attribute', () => {
    const doc = parseDocument('<html><body><p id="a" style="display: none; color:red">x</p><i id="b">y</i><b id="c">z</b></body></html>');
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    expect([a.style.display, a.style.visibility, a.style.color, a.style.length, a.style.cssText]).toEqual(['none', '', 'red', 2, 'display:none;color:red']);
    expect([b.style.display, b.style.visibility, b.style.length, b.style.cssText, b.style.getPropertyValue('color')]).toEqual(['', '', 0, '', '']);
    expect(b.hasAttribute('style')).toBe(false);
    b.style.color = 'blue';
    expect(b.getAttribute('style')).toBe('color:blue');
    expect(b.style.color).toBe('blue');
    expect(b.style).toBe(b.style);
    const c = doc.getElementById('c')!;
    c.style.setProperty('font-weight', 'bold');
    expect(c.getAttribute('style')).toBe('font-weight:bold');
    expect([...doc.getElementById('a')!.style]).toEqual(['display', 'color']);
  });

  it('keeps nodes event targets, with listeners, bubbling, once and removal', () => {
    const doc = page();
    const outer = doc.getElementById('outer')!;
    const inner = doc.getElementById('inner')!;
    expect(inner).toBeInstanceOf(EventTarget);
    const seen: string[] = [];
    const onInner = (e: globalThis.Event) => seen.push(`inner:${(e.currentTarget as Element).id}:${e.eventPhase}`);
    inner.addEventListener('ping', onInner);
    inner.addEventListener('ping', () => seen.push('inner-once'), { once: true });
    outer.addEventListener('ping', { handleEvent: (e: globalThis.Event) => seen.push(`outer:${(e.target as Element).id}:${e.eventPhase}`) });
    inner.dispatchEvent(new Event('ping', { bubbles: true }) as unknown as globalThis.Event);
    expect(seen).toEqual(['inner:inner:2', 'inner-once', 'outer:inner:3']);

    seen.length = 0;
    inner.dispatchEvent(new Event('ping') as unknown as globalThis.Event); // does not bubble; the once listener is gone
    expect(seen).toEqual(['inner:inner:2']);

    seen.length = 0;
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new Event('ping', { bubbles: true }) as unknown as globalThis.Event);
    expect(seen).toEqual(['outer:inner:3']);
  });

  it('stops at stopImmediatePropagation and reaches the window target', () => {
    const doc = page();
    const inner = doc.getElementById('inner')!;
    const seen: string[] = [];
    inner.addEventListener('ping', (e) => {
      seen.push('first');
      e.stopImmediatePropagation();
    });
    inner.addEventListener('ping', () => seen.push('second'));
    inner.dispatchEvent(new Event('ping') as unknown as globalThis.Event);
    expect(seen).toEqual(['first']);

    const view = doc.defaultView!;
    view.addEventListener('hello', () => seen.push('window'));
    view.dispatchEvent(new Event('hello') as unknown as globalThis.Event);
    expect(seen).toEqual(['first', 'window']);
    expect(doc.defaultView).toBe(view);
    expect(view.document).toBe(doc);
  });

  it('reads baseURI from <base>, else null as linkedom does without a location', () => {
    expect(page('<base href="https://news.example/section/">').baseURI).toBe('https://news.example/section/');
    expect(page('<base href="https://news.example/section/">').getElementById('inner')!.baseURI).toBe('https://news.example/section/');
    expect(page().baseURI).toBeNull();
  });
});
