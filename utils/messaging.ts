// The single typed message contract between the popup and the content script.
//
// One interface lists every message, its payload and its reply (the ProtocolMap
// shape of @webext-core/messaging, written out so we add no dependency). The
// senders and the listener take the browser API as a parameter: utils/ never
// reaches for `browser` itself, and tests can hand in their own transport.
import type { PageReading } from './article/bounded';
import type { Analysis } from './types';
import { errorMessage } from './errors';

/** What the popup can ask of the content script running in the article tab. */
export interface ProtocolMap {
  /** Scroll the page to a quote and highlight it. */
  highlight(data: HighlightRequest): HighlightReply;
  /** Remove every highlight Cited made on the page. */
  clearHighlights(data: Record<string, never>): ClearReply;
}

export interface HighlightRequest {
  /** The quote's text as the analysis gives it (white space folded). */
  text: string;
}
export interface HighlightReply {
  found: boolean;
  /** How the quote was highlighted: the CSS Custom Highlight API, or `<mark>` elements as a fallback. */
  method: 'highlight' | 'mark' | null;
}
export interface ClearReply {
  cleared: boolean;
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageReply<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** The envelope that crosses the boundary; `cited` tells our messages from anyone else's. */
export interface Envelope<K extends MessageType = MessageType> {
  cited: 1;
  type: K;
  data: MessageData<K>;
}

/**
 * The result of the injected content script's main(): the value `scripting.executeScript` hands back. The
 * tab only reads the page (the bounded article, utils/article/bounded.ts); the analysis runs in the popup
 * (entrypoints/analysis.ts), which answers with an AnalysisReply.
 */
export type ContentResult =
  | { ok: true; reading: PageReading; extractedAt: string; timings?: ContentTimings }
  | { ok: false; error: string };

/** The popup asks its analysis (entrypoints/analysis.ts, a script in the popup) to analyse one page reading. */
export interface AnalysisRequest {
  id: number;
  reading: PageReading;
}

/** The analysis's answer, with its own times (for the benchmark's breakdown). */
export type AnalysisReply = { id: number; ok: true; analysis: Analysis; timings: WorkerTimings } | { id: number; ok: false; error: string };

/** When the analysis ran (wall-clock epoch ms, `performance.timeOrigin + now()`): its script began, its warm-up ended or was cut short, this analysis began and ended. */
export interface WorkerTimings {
  loaded: number;
  warmed: number;
  started: number;
  done: number;
}

/** When the content script ran, in the page's performance.now() (ms after `timeOrigin`, a wall-clock epoch time). */
export interface ContentTimings {
  arrived: number;
  started: number;
  /** The article was read (Readability or the large-page reader). */
  article: number;
  done: number;
  timeOrigin: number;
  /** The content script's longest stretch without yielding to the page, ms (its arrival aside). */
  longestSlice: number;
  /** How the article was read (see BoundedArticle.method). */
  method: string;
}

/** Name of the port the popup holds open to the tab; when it closes (popup closed), highlights go. */
export const POPUP_PORT = 'cited-popup';

/** The part of `browser.tabs` the sender needs. */
export interface TabMessenger {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/**
 * The reader runs in the tab's top frame only (executeScript injects it there): messages and the popup's port
 * go to that frame. Sent to the whole tab, they reach every frame, and a page with 2,000 iframes stood still
 * for 200–340 ms (bench/pathological.mjs, iframes-2k) while the browser offered the popup's port to each.
 */
export const TOP_FRAME = { frameId: 0 } as const;

/** Send a typed message to the content script in `tabId` and await its typed reply. */
export async function sendToTab<K extends MessageType>(
  tabs: TabMessenger,
  tabId: number,
  type: K,
  data: MessageData<K>,
): Promise<MessageReply<K>> {
  const envelope: Envelope<K> = { cited: 1, type, data };
  const reply = await tabs.sendMessage(tabId, envelope, TOP_FRAME);
  if (isErrorReply(reply)) throw new Error(reply.error);
  if (reply === undefined) throw new Error('The page did not answer: reload it and open Cited again.');
  return reply as MessageReply<K>;
}

/** What the listener sends back when a handler throws. */
export interface ErrorReply {
  error: string;
}

function isErrorReply(reply: unknown): reply is ErrorReply {
  return typeof reply === 'object' && reply !== null && typeof (reply as Partial<ErrorReply>).error === 'string';
}

/** One handler per message type: the compiler checks every message is handled with the right types. */
export type Handlers = { [K in MessageType]: (data: MessageData<K>) => MessageReply<K> | Promise<MessageReply<K>> };

/**
 * The listener shape of `runtime.onMessage`. It replies through `sendResponse` and returns true to keep the
 * channel open, which every browser supports (returning a promise is not supported everywhere).
 */
export type MessageListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => true | undefined;

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Envelope>;
  return m.cited === 1 && typeof m.type === 'string' && Object.hasOwn(HANDLED, m.type);
}

/** Every message type, for validating what arrives (the record makes the compiler list them all). */
const HANDLED: { [K in MessageType]: true } = { highlight: true, clearHighlights: true };

/** Build the `runtime.onMessage` listener that dispatches typed messages to `handlers`; others are ignored. */
export function createListener(handlers: Handlers): MessageListener {
  return (message, _sender, sendResponse) => {
    if (!isEnvelope(message)) return undefined;
    dispatch(handlers, message).then(sendResponse, (error: unknown) =>
      sendResponse({ error: errorMessage(error) }),
    );
    return true;
  };
}

async function dispatch<K extends MessageType>(handlers: Handlers, message: Envelope<K>): Promise<MessageReply<K>> {
  const handler = handlers[message.type] as (data: MessageData<K>) => MessageReply<K> | Promise<MessageReply<K>>;
  return handler(message.data);
}
