// No logic and no listeners: the popup talks to the content script directly and sets the badge itself.
// The (idle) background exists so the extension has a service worker, whose URL end-to-end tests read to
// learn the extension id, and through which they read the badge (chrome.action.getBadgeText).
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {});
