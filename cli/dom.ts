// linkedom documents for the command line, without the per-object bookkeeping
// that made every page outlive its analysis.
//
// linkedom keeps some per-object data in module-wide WeakMaps whose values point
// back into the page: each document's `defaultView` (a Proxy over the document,
// made on first use; `baseURI` asks for it, and Readability and extract.ts read
// `baseURI`) and each element's `style` declaration (the element is the value;
// Readability reads `style` on every element). V8's young-generation collector
// (the scavenger) keeps the values of an old WeakMap's entries alive, so through
// them whole pages survived scavenges and were promoted to the old generation,
// where only a full collection frees them: garbage-collector work on helper
// threads, which with one worker per core compete with the workers.
// (The per-node listener Map of linkedom's EventTarget, the same problem, is
// removed at build time: scripts/build-cli.mjs. Changing the constructor chain at
// run time instead made every node construction twice as slow.)
//
// Changes, made once on linkedom's own prototypes, each after checking linkedom
// is laid out as expected (if not, it is skipped: slower, never different):
//   - parseDocument returns the document itself, not linkedom's parseHTML view;
//   - `baseURI` reads the <base> element or the global location, as the view
//     would for a document parsed without globals, without making the view;
//   - `style` of an element without a style attribute answers reads with ''
//     without making a declaration (see patchStyle).
import * as linkedom from 'linkedom';

let patched: { baseURI: boolean; style: boolean } | null = null;

/** Parse HTML into a linkedom document (linkedom patched first, see above). */
export function parseDocument(html: string): Document {
  patchLinkedom();
  return new linkedom.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Apply the changes once; says which ones took (tests check both do with the pinned linkedom). */
export function patchLinkedom(): { baseURI: boolean; style: boolean } {
  if (patched) return patched;
  const probe = new linkedom.DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html') as unknown as Document;
  patched = { baseURI: patchBaseUri(probe), style: patchStyle(probe) };
  return patched;
}

/** `baseURI` without making the document's view (and its WeakMap entry). */
function patchBaseUri(probe: Document): boolean {
  const NodeClass = Object.getPrototypeOf(linkedom.Node) as { prototype: object };
  const original = Object.getOwnPropertyDescriptor(NodeClass.prototype, 'baseURI');
  // The document's own globals (parseHTML(html, globals)) can supply a location: those documents keep linkedom's getter.
  const GLOBALS = Object.getOwnPropertySymbols(probe).find((s) => s.description === 'globals');
  if (!original?.get || !GLOBALS) return false;
  const get = original.get;
  Object.defineProperty(NodeClass.prototype, 'baseURI', {
    configurable: true,
    enumerable: original.enumerable,
    get(this: Node & Record<symbol, unknown>) {
      const doc = (this.nodeType === 9 ? this : this.ownerDocument) as (Document & Record<symbol, unknown>) | null;
      if (!doc || doc[GLOBALS]) return get.call(this);
      const base = doc.querySelector('base');
      if (base) return base.getAttribute('href');
      const location = (globalThis as { location?: { href: string } }).location;
      return location ? location.href : null;
    },
  });
  return true;
}

/**
 * `style` of an element without a style attribute (nearly all of them; Readability
 * asks each one for `display` and `visibility`) answers property reads with ''
 * without creating linkedom's CSSStyleDeclaration, which registers itself in a
 * module-wide WeakMap with the element as the value. Anything else (a write, a
 * method, cssText, length, iteration) goes to linkedom's own declaration, made
 * then. The one difference: such an element's `style` is not the same object on
 * each read until one is made.
 */
function patchStyle(probe: Document): boolean {
  const ElementClass = Object.getPrototypeOf(linkedom.Element) as { prototype: object };
  const original = Object.getOwnPropertyDescriptor(ElementClass.prototype, 'style');
  const el = probe.createElement('i');
  const STYLE = Object.getOwnPropertySymbols(el).find((s) => s.description === 'style');
  if (!original?.get || !STYLE || (el as unknown as Record<symbol, unknown>)[STYLE] !== null) return false;
  const get = original.get as (this: Element) => CSSStyleDeclaration;
  const declared = get.call(el);
  const own = Object.getPrototypeOf(declared) as object; // linkedom's CSSStyleDeclaration.prototype (through its Proxy)
  type View = { el: Element & Record<symbol, unknown> };
  const real = (v: View) => get.call(v.el);
  const plain = (v: View, name: string | symbol): name is string =>
    typeof name === 'string' && !(name in own) && name !== 'length' && !/^\d+$/.test(name) && !v.el[STYLE] && !v.el.hasAttribute('style');
  const handler: ProxyHandler<View> = {
    get: (v, name) => (plain(v, name) ? '' : Reflect.get(real(v), name)),
    set: (v, name, value) => Reflect.set(real(v), name, value),
    has: (v, name) => Reflect.has(real(v), name),
    deleteProperty: (v, name) => Reflect.deleteProperty(real(v), name),
    ownKeys: (v) => Reflect.ownKeys(real(v)),
    getOwnPropertyDescriptor: (v, name) => Reflect.getOwnPropertyDescriptor(real(v), name),
    getPrototypeOf: () => own,
  };
  Object.defineProperty(ElementClass.prototype, 'style', {
    configurable: true,
    enumerable: original.enumerable,
    get(this: Element & Record<symbol, unknown>) {
      if (this[STYLE] || this.hasAttribute('style')) return get.call(this);
      return new Proxy({ el: this }, handler);
    },
    set: original.set,
  });
  return true;
}
