// Pathological pages: the shapes of DOM that make a reader hang, built on demand
// (nothing large is stored in the repo). Each page carries the same short,
// made-up news story, placed where the pathology makes it hard to reach, so a
// test can tell "the article was read" from "the page was given up on".
//
// Plain JavaScript with a .d.mts beside it: the vitest suites, the node:test
// end-to-end suites and the benchmark all import it.
import { prng } from './prng.mjs';

/** The story every page carries: our own writing, four quotes by three people. */
export const STORY = {
  title: 'Lenning ferry to run again in March after hull repairs',
  paragraphs: [
    'PORT LENNING — The harbour ferry that has been laid up since a collision in October will carry passengers again from the first week of March, the port authority said on Thursday, after divers signed off repairs to its hull.',
    '“We have checked every weld twice, and the boat is sound,” said Harbour Master Ilse Varga, who led the inspection. She said the crossing would run every twenty minutes at peak times.',
    'Councillor Tomas Brenner, who chairs the transport committee, welcomed the news but warned that fares would rise. “Nobody likes paying more, but the repairs had to be paid for somehow,” he said.',
    'The ferry carries about 4,000 people a day between the old town and the eastern docks. Since the collision, commuters have faced a forty-minute detour by road around the estuary.',
    '“It has been a long winter for everyone who works on the docks,” said Marta Ilves, a shift supervisor at the container terminal. “Getting the boat back will change our mornings.”',
    'Varga said a second vessel would be leased for the summer season. “We will not be caught with one boat again,” she said.',
  ],
};

/** The story as an <article>, with a headline and a byline. */
export function storyHtml() {
  return (
    `<article><h1>${STORY.title}</h1><p class="byline">By Ada Corran, Harbour Correspondent</p>` +
    STORY.paragraphs.map((p) => `<p>${p}</p>`).join('') +
    '</article>'
  );
}

function page(title, body, { head = '', lang = 'en' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

const WORDS = ['harbour', 'tide', 'council', 'ferry', 'dock', 'crane', 'pier', 'cargo', 'estuary', 'shift', 'quay', 'vessel', 'route', 'season', 'fare', 'crew'];
function words(rand, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return out.join(' ');
}

/**
 * Every pathological page: name, what it stresses, and a builder returning the HTML.
 * Sizes follow the issue: 5,000 nested divs, 100,000+ elements, a 10 MB DOM, a
 * 50,000-row table, thousands of iframes, thousands of shadow roots.
 */
export const PATHOLOGICAL_PAGES = [
  {
    name: 'deep-nesting',
    about: 'the article inside 5,000 nested <div>s',
    build() {
      const depth = 5000;
      return page(STORY.title, '<div class="wrap">'.repeat(depth) + storyHtml() + '</div>'.repeat(depth));
    },
  },
  {
    name: 'spans-100k',
    about: '100,000 small <span>s before the article',
    build() {
      const rand = prng(1);
      const spans = [];
      for (let i = 0; i < 100_000; i++) spans.push(`<span class="t${i % 7}">${words(rand, 1)}</span>`);
      return page(STORY.title, `<div class="ticker">${spans.join(' ')}</div>${storyHtml()}`);
    },
  },
  {
    name: 'p-b-100k',
    about: '100,000 <p><b>…</b></p> (200,000 elements) before the article',
    build() {
      const rand = prng(2);
      const ps = [];
      for (let i = 0; i < 100_000; i++) ps.push(`<p><b>${words(rand, 2)}</b></p>`);
      return page(STORY.title, `<div class="list">${ps.join('')}</div>${storyHtml()}`);
    },
  },
  {
    name: 'dom-10mb',
    about: 'a 10 MB DOM: one article of about 25,000 paragraphs of prose and quotes',
    build() {
      const rand = prng(3);
      const ps = [];
      let size = 0;
      for (let i = 0; size < 10 * 1024 * 1024; i++) {
        const p =
          i % 6 === 1
            ? `<p>“${words(rand, 14)},” said ${i % 12 === 1 ? 'Harbour Master Ilse Varga' : 'Councillor Tomas Brenner'}. The ${words(rand, 30)}.</p>`
            : `<p>The ${words(rand, 60)}.</p>`;
        ps.push(p);
        size += p.length;
      }
      return page(STORY.title, `<article><h1>${STORY.title}</h1>${STORY.paragraphs.map((p) => `<p>${p}</p>`).join('')}${ps.join('')}</article>`);
    },
  },
  {
    name: 'table-50k',
    about: 'a 50,000-row table (150,000 cells) before the article',
    build() {
      const rand = prng(4);
      const rows = [];
      for (let i = 0; i < 50_000; i++) rows.push(`<tr><td>${i}</td><td>${words(rand, 3)}</td><td>${Math.floor(rand() * 1000)}</td></tr>`);
      return page(STORY.title, `<table class="sailings"><tbody>${rows.join('')}</tbody></table>${storyHtml()}`);
    },
  },
  {
    name: 'iframes-2k',
    about: '2,000 <iframe srcdoc> frames around the article (lazy-loaded, as ad slots are)',
    build() {
      const frames = [];
      // Lazy, as most ad slots are: a page that keeps 2,000 frames loading and painting is busy by itself,
      // and the responsiveness checks measure what Cited adds.
      for (let i = 0; i < 2000; i++) frames.push(`<iframe title="ad ${i}" width="60" height="20" loading="lazy" srcdoc="<p>Advert ${i}</p>"></iframe>`);
      return page(STORY.title, `<div class="ads">${frames.slice(0, 1000).join('')}</div>${storyHtml()}<div class="ads">${frames.slice(1000).join('')}</div>`);
    },
  },
  {
    name: 'shadow-3k',
    about: '3,000 declarative shadow roots around the article',
    build() {
      const hosts = [];
      for (let i = 0; i < 3000; i++) {
        hosts.push(`<div class="card"><template shadowrootmode="open"><style>p{margin:0}</style><p>Card ${i}</p><slot></slot></template><span>item ${i}</span></div>`);
      }
      return page(STORY.title, `<div class="cards">${hosts.slice(0, 1500).join('')}</div>${storyHtml()}<div class="cards">${hosts.slice(1500).join('')}</div>`);
    },
  },
];

/** One page by name (throws on an unknown name). */
export function buildPathological(name) {
  const spec = PATHOLOGICAL_PAGES.find((p) => p.name === name);
  if (!spec) throw new Error(`unknown pathological page ${name}`);
  return spec.build();
}
