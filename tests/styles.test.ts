// One made-up American-style story through the whole pipeline: a senator with a
// party-state tag, a press secretary, a tweet signed inside its block quote, an
// expert whose role has a modifier ("chief economist"), and a pronoun across
// paragraphs. Each row: the start of a quote, its speaker.
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import { article } from './sieves/harness';

const story = article(
  ['paragraph', 'Senator Rosa Delgado, a Democrat from New Mexico, criticized the bill on Thursday.'],
  ['paragraph', '"This bill is a giveaway to the oil companies," Delgado said in an interview. "It does nothing for families."'],
  ['paragraph', 'The White House pushed back. "The senator is simply wrong," press secretary Dan Mercer told reporters.'],
  ['paragraph', 'In a tweet, the governor wrote:'],
  ['blockquote', 'We will not let Washington balance its books on the backs of New Mexico families. — Gov. Luis Ortega (@GovOrtega) March 3, 2026'],
  ['paragraph', 'Economists were divided. Sarah Kim, chief economist at the Harlow Institute, called the bill "a modest step in the right direction."'],
  ['paragraph', '"It won\'t move the needle much," she said, "but it won\'t hurt either."'],
  ['paragraph', 'Asked whether he would vote for it, Sen. Mark Tully, R-Texas, replied: "Absolutely not."'],
  ['paragraph', 'Tully, 61, has opposed similar measures since 2019.'],
  ['paragraph', '"We have seen this movie before," he said.'],
);
const result = analyze(story);

describe('an American-style story', () => {
  test.each([
    ['This bill is a giveaway', 'Rosa Delgado'],
    ['It does nothing for families', 'Rosa Delgado'],
    ['The senator is simply wrong', 'Dan Mercer'],
    ['We will not let Washington', 'Luis Ortega'],
    ['a modest step', 'Sarah Kim'],
    ["It won't move the needle", 'Sarah Kim'],
    ["but it won't hurt either", 'Sarah Kim'],
    ['Absolutely not', 'Mark Tully'],
    ['We have seen this movie', 'Mark Tully'],
  ])('“%s…” → %s', (start, speaker) => {
    const q = result.quotes.find((x) => x.kind !== 'indirect' && x.text.startsWith(start));
    expect(q?.speaker).toBe(speaker);
  });

  test('a signature is not part of the tweet’s words', () => {
    const q = result.quotes.find((x) => x.text.startsWith('We will not let Washington'));
    expect(q?.text).toBe('We will not let Washington balance its books on the backs of New Mexico families.');
  });

  test.each([
    ['Sarah Kim', 'expert', 'chief economist at the Harlow Institute'],
    ['Dan Mercer', 'official', 'press secretary'],
    ['Rosa Delgado', 'official', 'Senator, a Democrat from New Mexico'],
    ['Mark Tully', 'official', null],
  ])('%s is %s (%s)', (name, category, description) => {
    const s = result.speakers.find((x) => x.name === name);
    expect(s?.category).toBe(category);
    if (description) expect(s?.description).toBe(description);
  });
});

describe('a British-style story (single marks, "says")', () => {
  const text = [
    'A row has broken out over plans to close Wrexford’s last maternity unit.',
    '‘It is a disgrace,’ says Prof Alan Heald, a consultant obstetrician at Wrexford General. ‘Women will have to travel 40 miles in labour.’',
    'The health board insists the move is safe. Its chief executive, Gwen Morgan, told BBC Radio Wrexford: ‘No decision has been taken.’',
    '‘We are listening to every view,’ she added.',
    'Local MP Daniel Pryce described the plans as ‘reckless’ and said he would raise them in Parliament.',
    'Campaigner Siân Lloyd, 34, who gave birth at the unit last year, says mothers were not consulted. ‘They have made up their minds,’ she says.',
    'The board’s ‘Better Births 2030’ strategy promises “safer, kinder care”.',
  ].join('\n\n');
  const result = analyze({ text });
  test.each([
    ['It is a disgrace', 'Alan Heald'],
    ['Women will have to travel', 'Alan Heald'],
    ['No decision has been taken', 'Gwen Morgan'],
    ['We are listening', 'Gwen Morgan'],
    ['reckless', 'Daniel Pryce'],
    ['They have made up their minds', 'Siân Lloyd'],
  ])('‘%s…’ → %s', (start, speaker) => {
    expect(result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.speaker).toBe(speaker);
  });
  test('a title and a slogan are not quotes, and the broadcaster is no speaker', () => {
    const texts = result.quotes.map((q) => q.text);
    expect(texts.some((t) => t.startsWith('Better Births'))).toBe(false);
    expect(result.speakers.map((s) => s.name)).not.toContain('BBC Radio Wrexford');
    expect(result.speakers.find((s) => s.name === 'Gwen Morgan')).toMatchObject({ category: 'official', description: 'chief executive' });
  });
});

describe('a Spanish story («», dijo que, según)', () => {
  const result = analyze({ text: 'El ministro de Economía, Carlos Vidal, dijo que «la inflación bajará en marzo».\n\n«No habrá más subidas de impuestos», aseguró Vidal ante los periodistas.\n\nSegún la economista Marta Ruiz, de la Universidad de Sevilla, «el plan es insuficiente».' });
  test.each([
    ['la inflación bajará', 'Carlos Vidal'],
    ['No habrá más subidas', 'Carlos Vidal'],
    ['el plan es insuficiente', 'Marta Ruiz'],
  ])('«%s…» → %s', (start, speaker) => {
    expect(result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.speaker).toBe(speaker);
  });
  test('categories from Spanish role words', () => {
    expect(result.speakers.find((s) => s.name === 'Carlos Vidal')?.category).toBe('official');
    expect(result.speakers.find((s) => s.name === 'Marta Ruiz')?.category).toBe('expert');
  });
});

describe('a business story: roles, a three-paragraph quote, two genders, unnamed sources', () => {
  const text = [
    'Shares in Brightwater Foods fell 12 per cent after the company warned on profits.',
    '“We were hit by the cost of grain,” said Oliver Grant, the company’s chief financial officer.',
    '“He told me ‘sell everything’ and I did,” said Ann Peters, a retired teacher who owns shares.',
    'Mr Grant’s predecessor, Helen Cho, said “nobody could have seen this coming”.',
    '“The board met twice last week,” Grant, who has led the finance team since 2019, said in an email. “We are confident in the plan.',
    '“The second half will be stronger. Our new plant opens in May.',
    '“We will report again in September.”',
    'Ms Cho and Mr Grant disagree. “I think the market overreacted,” she said.',
    '“It did not,” he replied.',
    '“The numbers speak for themselves,” the statement said.',
    'A spokesperson for the Grain Traders Association said: “Prices will stay high.”',
  ].join('\n\n');
  const result = analyze({ text });
  test.each([
    ['We were hit', 'Oliver Grant'],
    ['He told me', 'Ann Peters'],
    ['nobody could have seen', 'Helen Cho'],
    ['The board met twice', 'Oliver Grant'],
    ['We are confident', 'Oliver Grant'],
    ['The second half', 'Oliver Grant'],
    ['We will report again', 'Oliver Grant'],
    ['I think the market', 'Helen Cho'],
    ['It did not', 'Oliver Grant'],
    ['The numbers speak', null],
    ['Prices will stay high', null],
  ])('“%s…” → %s', (start, speaker) => {
    expect(result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.speaker ?? null).toBe(speaker);
  });
  test('the nested quote stays inside its quote; paragraphs of one quote are continuations', () => {
    expect(result.quotes.some((q) => q.text === 'sell everything')).toBe(false);
    expect(result.quotes.filter((q) => q.kind === 'continuation').map((q) => q.text.slice(0, 10))).toEqual(['The second', 'We will re']);
  });
  test('an organisation named after "a spokesperson for" is not the speaker', () => {
    expect(result.speakers.map((s) => s.name)).not.toContain('Grain Traders Association');
  });
});

describe('passives, agents and captions', () => {
  test('the agent of a passive cue speaks: "was described as “…” by the agency"', () => {
    const r = analyze({ text: 'The Coastal Safety Agency inspected the pier in May.\n\nThe damage has been described as “alarming” by the agency.' });
    expect(r.quotes.find((q) => q.text === 'alarming')?.speaker).toBe('Coastal Safety Agency');
  });
  test('the agent of a participle is not the subject of the verb after it', () => {
    const r = analyze({ text: 'Internal reports seen by the Lenning Courier suggest that the pier was never inspected.' });
    expect(r.speakers.map((s) => s.name)).not.toContain('Lenning Courier');
  });
  test('a quote paragraph after a stray caption line continues the speaker before the caption', () => {
    const r = analyze(article(
      ['paragraph', '“The tide takes more every year,” says Mere Tane, a fisher from Port Lenning.'],
      ['item', 'The harbour at low tide, seen from the north pier'],
      ['paragraph', '“We used to walk out to the reef. Now we need a boat.”'],
    ));
    expect(r.quotes.find((q) => q.text.startsWith('We used to walk'))?.speaker).toBe('Mere Tane');
  });
});

describe('names used as modifiers and sentence-opening adjectives', () => {
  test('"a Jane Marsh figurine" does not make "Jane Marsh Figurine" her full name', () => {
    const r = analyze({ text: 'Jane Marsh designed the harbour lights in 1961.\n\nLast year the museum sold a Jane Marsh Lantern replica for charity.\n\n“I never expected that,” Marsh said.' });
    expect(r.quotes[0]?.speaker).toBe('Jane Marsh');
  });
  test('"New signs …" is no speaker', () => {
    const r = analyze({ text: 'New signs appeared in the shop this month, spelling out its promise: “Fresh fish every morning.”' });
    expect(r.speakers.map((s) => s.name)).not.toContain('New');
  });
  test('"he said" after a new paragraph about an earlier speaker prefers that speaker to a product name', () => {
    const r = analyze({ text: '“Prices are falling,” said Tom Varga, who runs a fish stall.\n\nShoppers at Harbour Fresh Atlantic Cod counters found the same.\n\nHe said the margins were thin.' });
    expect(r.quotes.find((q) => q.kind === 'indirect')?.speaker).toBe('Tom Varga');
  });
});

describe('a local news story: fire chief, unnamed official, "the 52-year-old"', () => {
  const text = [
    'Firefighters battled the blaze at the Kellerton mill for six hours.',
    '“The roof went in minutes,” Fire Chief Dana Okoro told KTVN on Sunday. “We were lucky nobody was inside.”',
    '“It could have been much worse,” according to a senior fire official.',
    'Mill owner Raj Patel, 52, watched from across the street. “My father built this place,” said the 52-year-old, his voice breaking.',
    'In a Facebook post, the Kellerton Historical Society called the mill “the heart of our town”.',
    '“We will rebuild,” Patel vowed.',
    'Mayor Ellen Fisk said the city would help. “Whatever he needs,” she said. “Whatever it takes.”',
    'Residents were less sure. “I doubt it,” said Tom Reyes, who lives nearby. “Insurance never pays enough.”',
  ].join('\n\n');
  const result = analyze({ text });
  test.each([
    ['The roof went', 'Dana Okoro'],
    ['We were lucky', 'Dana Okoro'],
    ['It could have been', null],
    ['My father built', 'Raj Patel'],
    ['the heart of our town', 'Kellerton Historical Society'],
    ['We will rebuild', 'Raj Patel'],
    ['Whatever he needs', 'Ellen Fisk'],
    ['Whatever it takes', 'Ellen Fisk'],
    ['I doubt it', 'Tom Reyes'],
    ['Insurance never pays', 'Tom Reyes'],
  ])('“%s…” → %s', (start, speaker) => {
    expect(result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.speaker ?? null).toBe(speaker);
  });
  test('the broadcaster told is no speaker', () => {
    expect(result.speakers.map((s) => s.name)).not.toContain('KTVN');
  });
});

describe('pull quotes', () => {
  test('a block quote repeating a quote of the body is not counted twice', () => {
    const r = analyze(article(
      ['paragraph', '“We are not giving up on this town, not now and not ever,” said Mayor Ilse Varga on Friday.'],
      ['blockquote', '“We are not giving up on this town, not now and not ever”'],
      ['paragraph', 'The council meets again next week.'],
    ));
    expect(r.quotes.map((q) => q.paragraph)).toEqual([0]);
  });
  test('a block quote with words of its own stays', () => {
    const r = analyze(article(
      ['paragraph', 'Mayor Ilse Varga wrote to the council on Friday.'],
      ['blockquote', '“The harbour has outlived three bridges and it will outlive this one.”'],
    ));
    expect(r.quotes.map((q) => q.paragraph)).toEqual([1]);
  });
});

describe('a second Spanish story (roles before names, full stop after the marks)', () => {
  const result = analyze({
    text: [
      'La alcaldesa de Valmar, Rosa Ibáñez, presentó el plan el martes.',
      '«Vamos a terminar el puerto antes de 2027», afirmó el presidente del consorcio, Juan Pérez.',
      '«No hay dinero para todo», dijo Ibáñez a los periodistas. «Habrá que elegir».',
      'Según el economista Luis Ferro, de la Universidad de Castro, el proyecto es «demasiado caro».',
      'Ibáñez aseguró que el plan se votará en marzo.',
    ].join('\n\n'),
  });
  test.each([
    ['Vamos a terminar', 'Juan Pérez'],
    ['No hay dinero', 'Rosa Ibáñez'],
    ['Habrá que elegir', 'Rosa Ibáñez'],
    ['demasiado caro', 'Luis Ferro'],
  ])('«%s…» → %s', (start, speaker) => {
    expect(result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.speaker).toBe(speaker);
  });
  test('roles, categories and reported speech', () => {
    expect(result.speakers.find((s) => s.name === 'Rosa Ibáñez')).toMatchObject({ category: 'official', description: 'alcaldesa de Valmar' });
    expect(result.speakers.find((s) => s.name === 'Juan Pérez')?.category).toBe('official');
    expect(result.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker])).toContainEqual(['el plan se votará en marzo', 'Rosa Ibáñez']);
  });
});

describe('participles, progressives, imagined speech, "in X’s phrase"', () => {
  test('a participle after a comma hangs on the sentence subject, never on the noun after it', () => {
    const r = analyze({ text: 'Mayor Ilse Varga opened the bridge on Friday, declaring the old ferry her “oldest and dearest friend”.' });
    expect(r.quotes[0]?.speaker).toBe('Ilse Varga');
  });
  test('a progressive cue: "X was telling reporters that “…”"', () => {
    const r = analyze({ text: 'On a day when Dr Tomas Brenner was telling reporters that the piers were “perfectly sound”, the tide rose.' });
    expect(r.quotes.find((q) => q.kind !== 'indirect')?.speaker).toBe('Tomas Brenner');
  });
  test('"as if to say “…”" is imagined, not said', () => {
    const r = analyze({ text: 'Mayor Ilse Varga looked at the reporter as if to say “You cannot be serious?” and walked on.' });
    expect(r.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });
  test('"(in Tom Hale’s phrase) “…”" attributes a short fragment', () => {
    const r = analyze({ text: 'The harbour has become, in the economist Tom Hale’s phrase, “a museum with tolls”.' });
    expect(r.quotes.find((q) => q.kind !== 'indirect')?.speaker).toBe('Tom Hale');
  });
});

describe('epithets and short pull quotes', () => {
  test('an epithet in apposition ("Lorenz, “the father of chaos,” started…") is no quote', () => {
    const r = analyze({ text: 'Jane Marsh, “the mother of the modern harbour,” designed the lights in 1961.' });
    expect(r.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });
  test('a short subhead repeating the body’s words is no second quote', () => {
    const r = analyze(article(
      ['heading', '‘We need to listen’'],
      ['paragraph', '“We need to listen,” said Mere Tane, a fisher from Port Lenning, after the meeting on Tuesday.'],
    ));
    expect(r.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.paragraph)).toEqual([1]);
  });
});

describe('a French story (« » with spaces inside, inverted verbs, elision)', () => {
  const result = analyze({
    text: [
      'La maire de Valbonne, Claire Martin, a présenté le projet mardi soir devant le conseil municipal.',
      '« Nous ne pouvons plus attendre », a déclaré Mme Martin. « Le pont est trop vieux. »',
      '« C’est une décision historique », explique-t-elle.',
      'Selon l’économiste Paul Girard, professeur à l’Université de Lyon, le coût est « largement sous-estimé ».',
      '« Les habitants paieront deux fois », a affirmé M. Girard.',
    ].join('\n\n'),
  });
  test('the language is detected', () => expect(result.lang).toBe('fr'));
  test.each([
    ['Nous ne pouvons', 'Claire Martin'],
    ['Le pont est trop vieux', 'Claire Martin'],
    ['C’est une décision', 'Claire Martin'],
    ['largement sous-estimé', 'Paul Girard'],
    ['Les habitants paieront', 'Paul Girard'],
  ])('« %s… » → %s', (start, speaker) => {
    expect(result.quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.speaker).toBe(speaker);
  });
  test('roles and categories', () => {
    expect(result.speakers.find((s) => s.name === 'Claire Martin')).toMatchObject({ category: 'official', description: 'maire de Valbonne' });
    expect(result.speakers.find((s) => s.name === 'Paul Girard')?.category).toBe('expert');
  });
});
