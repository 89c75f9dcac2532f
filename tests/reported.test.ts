// Reported speech (kind "indirect"): one table per cue pattern, positives and
// negatives. Every sentence is made up (fictional people and places).
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import type { Analysis, Quote } from '../utils/types';
import { article } from './sieves/harness';

/** A paragraph naming the people the rows refer back to. */
const INTRO = 'Mayor Ilse Varga of Port Lenning met the harbour board on Monday, with Dr Tomas Brenner, an engineer at Castell University.';

function indirect(a: Analysis): Quote[] {
  return a.quotes.filter((q) => q.kind === 'indirect');
}
function run(text: string): Analysis {
  return analyze({ text: `${INTRO}\n\n${text}` });
}

type Row = [name: string, sentence: string, clause: string, speaker: string];

const cueFirst: Row[] = [
  ['said that …', 'Ms Varga said that the ferry would run again by March.', 'the ferry would run again by March', 'Ilse Varga'],
  ['said … (no "that")', 'Dr Brenner said the old piers could carry buses for another year.', 'the old piers could carry buses for another year', 'Tomas Brenner'],
  ['told a listener …', 'Ms Varga told reporters the board had approved the loan.', 'the board had approved the loan', 'Ilse Varga'],
  ['told a named listener that …', 'Dr Brenner told the Lenning Courier that the survey was incomplete.', 'the survey was incomplete', 'Tomas Brenner'],
  ['warned …', 'Dr Brenner warned that the east pier was sinking.', 'the east pier was sinking', 'Tomas Brenner'],
  ['believes …', 'Ms Varga believes the city can afford the repairs.', 'the city can afford the repairs', 'Ilse Varga'],
  ['said in a statement …', 'The Lenning Harbour Board said in a statement that tolls would rise in May.', 'tolls would rise in May', 'Lenning Harbour Board'],
  ['pronoun subject', 'Dr Brenner spoke after the vote. He said the design was sound.', 'the design was sound', 'Tomas Brenner'],
  ['a participle cue after a quote: “…,” said X, adding that …', '“The tolls will stay,” said Dr Tomas Brenner, adding that the bridge would open in June.', 'the bridge would open in June', 'Tomas Brenner'],
  ['a second speaker after a body’s possessive: …, but the BODY’s ROLE X said …', 'Ms Varga vowed to keep going, but the Courier’s North Kellshire editor Tom Fenn said the mayor did not sound very confident.', 'the mayor did not sound very confident', 'Tom Fenn'],
  ['a second statement after ", saying"', 'Ms Varga told reporters that two ferries had been sold, saying the money would go to repairs.', 'two ferries had been sold', 'Ilse Varga'],
  ['…and the statement after ", saying"', 'Ms Varga told reporters that two ferries had been sold, saying the money would go to repairs.', 'the money would go to repairs', 'Ilse Varga'],
  ['a parenthesis ending in a quoted title, its comma inside the marks', 'Dr Brenner, the host of the radio show “Low Tide,” said in an interview that the pier was too old.', 'the pier was too old', 'Tomas Brenner'],
  ['a person of a place and its region: X of P, R says …', 'Mira Dunne of Dover, Kellshire says the ferry should run all winter.', 'the ferry should run all winter', 'Mira Dunne'],
  ['a participle after the one written to: X sent an email to Y urging …', 'Dr Brenner sent an email to Ms Varga urging her to close the east pier.', 'her to close the east pier', 'Tomas Brenner'],
  ['a participle cue not in its -ed form: …, remarking that …', 'Dr Brenner walked to the pier, remarking that the town should sell the ferry.', 'the town should sell the ferry', 'Tomas Brenner'],
  ['…, pointing out that …', 'Ms Varga spoke for an hour, pointing out that the ferry had lost money every year.', 'the ferry had lost money every year', 'Ilse Varga'],
  ['two statements joined by "and"', 'Ms Varga said the loan was cheap, and she added that the board had agreed.', 'the loan was cheap', 'Ilse Varga'],
];

const cueLast: Row[] = [
  ['…, X said.', 'The repairs will take a full year, Ms Varga said.', 'The repairs will take a full year', 'Ilse Varga'],
  ['…, said X of Y.', 'The tides have eaten the foundations, said Dr Tomas Brenner of Castell University.', 'The tides have eaten the foundations', 'Tomas Brenner'],
  ['…, X said and a long setting', 'The ferry is vital, Ms Varga said after meeting on Thursday with the harbour board in the old town hall.', 'The ferry is vital', 'Ilse Varga'],
  ['…, X said on Monday.', 'The board will meet again in June, Dr Brenner said on Monday.', 'The board will meet again in June', 'Tomas Brenner'],
  // The subject and its verb sit either side of the cue: the statement is read whole, cue included.
  ['cue inside: …, X said, …', 'The old ferry, Ms Varga said, would be sold for scrap.', 'The old ferry, Ms Varga said, would be sold for scrap', 'Ilse Varga'],
  // A whole statement before the cue stands alone; one that goes on past the cue is read whole.
  ['cue inside after a whole statement', 'It pays to wait for the tide, Dr Brenner said, and to check the ropes.', 'It pays to wait for the tide', 'Tomas Brenner'],
  ['cue inside, the statement going on after it', 'The repairs were paid for, Dr Brenner said, by the harbour board.', 'The repairs were paid for, Dr Brenner said, by the harbour board', 'Tomas Brenner'],
  ['cue inside, then the speaker’s next statement: …, X said, adding that …', 'The tolls will rise in May, Ms Varga said, adding that the ferry would run all winter.', 'the ferry would run all winter', 'Ilse Varga'],
  ['cue last and a time, then a long "adding that …": the first statement too', 'The tolls will rise in May, Dr Brenner said on Monday, adding that the board had not yet decided what the ferry across the bay would cost in winter.', 'The tolls will rise in May', 'Tomas Brenner'],
  ['a conditional, the cue inside after it', 'If the loan falls through, Ms Varga said, the old ferry will be sold.', 'If the loan falls through, Ms Varga said, the old ferry will be sold', 'Ilse Varga'],
  // A name after "the" is a body's, and the determiner opens its phrase: "…, the Lenning Courier reported."
  ['…, the NAME reported.', 'The tolls will rise in May, the Lenning Courier reported.', 'The tolls will rise in May', 'Lenning Courier'],
  ['cue inside: …, the NAME said, …', 'The old ferry, the Lenning Courier said, would be sold for scrap.', 'The old ferry, the Lenning Courier said, would be sold for scrap', 'Lenning Courier'],
  ['As the NAME first reported, …', 'As the Lenning Courier first reported, the board sold two ferries in March.', 'the board sold two ferries in March', 'Lenning Courier'],
];

const according: Row[] = [
  ['According to X, …', 'According to Dr Brenner, the piers have moved by four centimetres.', 'the piers have moved by four centimetres', 'Tomas Brenner'],
  ['…, according to X.', 'The ferry carried 9,000 people last year, according to the Lenning Harbour Board.', 'The ferry carried 9,000 people last year', 'Lenning Harbour Board'],
  ['according to an analysis by X', 'Ferry traffic fell by a third last year, according to an analysis by the Lenning Harbour Board.', 'Ferry traffic fell by a third last year', 'Lenning Harbour Board'],
  ['according to a statement from X', 'According to a statement from the Lenning Harbour Board, the tolls will rise by 8 per cent.', 'the tolls will rise by 8 per cent', 'Lenning Harbour Board'],
];

describe('reported speech', () => {
  test.each([...cueFirst, ...cueLast, ...according])('%s', (_name, sentence, clause, speaker) => {
    const found = indirect(run(sentence)).find((q) => q.text.startsWith(clause.slice(0, 20)));
    expect(found, `no indirect statement starting "${clause}" in ${JSON.stringify(indirect(run(sentence)).map((q) => q.text))}`).toBeDefined();
    expect(found!.text).toBe(clause);
    expect(found!.speaker).toBe(speaker);
    expect(found!.cue).toBeTruthy();
  });

  test('list items under "X also said:" are each a statement of X', () => {
    const a = analyze(article(['paragraph', INTRO], ['paragraph', 'In the interview, Ms Varga also said:'], ['item', 'The ferry will be replaced by an electric boat'], ['item', 'Tolls will not rise before the election']));
    expect(indirect(a).map((q) => [q.text, q.speaker])).toEqual([
      ['The ferry will be replaced by an electric boat', 'Ilse Varga'],
      ['Tolls will not rise before the election', 'Ilse Varga'],
    ]);
  });

  test('a mixed sentence keeps its partial quote and adds the paraphrase', () => {
    const a = run('Ms Varga said the plan was “long overdue” and would be finished by spring.');
    const quotes = a.quotes.filter((q) => q.kind !== 'indirect');
    expect(quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([['long overdue', 'Ilse Varga', 'partial']]);
    expect(indirect(a).map((q) => q.speaker)).toEqual(['Ilse Varga']);
  });

  test('a name after "the" is one body, in reported speech and in marks alike', () => {
    const a = run('The tolls will rise in May, the Lenning Courier reported.\n\n“The ferry will be sold,” the Lenning Courier reported.');
    expect(a.speakers.filter((s) => s.name === 'Lenning Courier').map((s) => [s.category, s.quoteCount, s.indirectCount])).toEqual([['organization', 1, 1]]);
  });

  test('a speaker cited only in reported speech is a speaker with no quotes', () => {
    const a = run('Dr Brenner said the survey would be published in April.');
    const brenner = a.speakers.find((s) => s.name === 'Tomas Brenner');
    expect(brenner).toMatchObject({ quoteCount: 0, indirectCount: 1 });
  });

  const negatives: [string, string][] = [
    ['"said" as an adjective: the said company', 'The said company was fined by the harbour board last year.'],
    ['"That said, …"', 'That said, the harbour has never been busier.'],
    ['a belief of an unnamed group', 'Many believe the ferry will never run again.'],
    ['an unnamed source’s reason for anonymity', '“We expect a challenge,” a harbour official, who asked not to be named because the case may reach the courts, said.'],
    ['a thing before a naming participle', 'A firm called Harbour Data had already bid for the contract.'],
    ['a question', 'Did Ms Varga say the ferry would run again?'],
    ['a conditional', 'If Dr Brenner said the piers were unsafe, the board would close them.'],
    ['a negated cue', 'Ms Varga did not say when the ferry would run again.'],
    ['an infinitive cue', 'Dr Brenner declined to say whether the piers were safe.'],
    ['a thing announced, not a statement', 'Ms Varga announced a new ferry timetable.'],
    ['an introduction before a quote', 'Ms Varga said: “We will keep the ferry running.”'],
  ];
  test.each(negatives)('no reported speech: %s', (_name, sentence) => {
    expect(indirect(run(sentence)).map((q) => q.text)).toEqual([]);
  });
});

// Anonymous sourcing is reported speech too: the statement has no speaker and names its unnamed source.
const unnamed: [name: string, sentence: string, clause: string, source: string][] = [
  ['officials said …', 'Officials said the harbour would reopen soon.', 'the harbour would reopen soon', 'Officials'],
  ['a body’s spokeswoman said …', 'A Lenning Harbour Board spokeswoman said the tolls would rise in May.', 'the tolls would rise in May', 'A Lenning Harbour Board spokeswoman'],
  ['critics argue …', 'Critics argue that the toll is a tax on work.', 'the toll is a tax on work', 'Critics'],
];

describe('reported speech of unnamed sources', () => {
  test.each(unnamed)('%s', (_name, sentence, clause, source) => {
    const a = run(sentence);
    const q = indirect(a).find((x) => x.text === clause);
    expect(q, clause).toBeDefined();
    expect(q!.speaker).toBeNull();
    expect(a.unnamedSources?.find((u) => u.id === q!.unnamedSourceId)?.description).toBe(source);
  });

  test('the source’s words in marks inside its statement are the statement’s, counted once', () => {
    const a = run('Officials said the plan was “a blank cheque” and would be dropped.');
    expect(a.unnamedSources).toEqual([expect.objectContaining({ description: 'Officials', quoteCount: 0, indirectCount: 1 })]);
    expect(a.quotes.find((q) => q.text === 'a blank cheque')?.within).toBe(indirect(a)[0]!.id);
  });
});
