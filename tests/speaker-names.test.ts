// Which name a speaker is listed under, and who the speaker is, where the article's names
// could mislead: people who share a surname. Every sentence is made up.
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';

const run = (text: string) => analyze({ text });
const speakerOf = (text: string, quoteStart: string) =>
  run(text).quotes.find((q) => q.kind !== 'indirect' && q.text.startsWith(quoteStart))?.speaker ?? null;

/** [why, text, quote start, expected speaker] */
type Row = [string, string, string, string | null];

const surnames: Row[] = [
  [
    'a surname is the person the article names more often, not the longer name of a relative named once',
    'Peter Lusk is running for governor. His father, Walter J. Lusk, ran the mill for decades.\n\nPeter Lusk toured the harbour on Monday. Peter Lusk met dock workers on Tuesday.\n\n“We will reopen the yard,” Lusk said.',
    'We will reopen the yard',
    'Peter Lusk',
  ],
  [
    '… and a name that only holds the surname in its middle is no fuller form of it',
    'Dana Whitcombe spoke at Whitcombe Park. Maria Whitcombe Ferris, her aunt, did not attend.\n\n“The park stays open,” Whitcombe said.',
    'The park stays open',
    'Dana Whitcombe',
  ],
  [
    'near miss: one person under a longer form of the name stays that person',
    'Walter J. Lusk opened the mill in 1990.\n\n“We will reopen the yard,” Lusk said.',
    'We will reopen the yard',
    'Walter J. Lusk',
  ],
];

const joined: Row[] = [
  ['two people who write together: the quote is neither one’s alone', '“Our data show a clear shift among younger voters,” Mara Quill and Tobias Fenn wrote in a memo.', 'Our data show', null],
  ['… also after an inverted cue', '“The survey was never meant to predict a winner,” said Dana Whitcombe and Peter Lusk.', 'The survey was never', null],
  ['… and where a list names three', 'Ana Ruiz, Tom Hale and Leo Fenn wrote: “We cannot back the plan as it stands.”', 'We cannot back the plan', null],
  ['near miss: a relative clause after the last of several names is about that one', 'The guests included Ana Ruiz and Tobias Fenn, who joked, “I have not read it yet.”', 'I have not read it yet', 'Tobias Fenn'],
  ['near miss: a description joined after a name’s appositive is still that person', '“The plan is reckless,” said Tom Hale, an economist at the Harbour Institute, and a Republican who once ran the budget office.', 'The plan is reckless', 'Tom Hale'],
];

const objects: Row[] = [
  ['a name after a role and a preposition is the role’s object, not the speaker', '“The plan is dead,” said a longtime adviser to Tom Hale, who declined to be named.', 'The plan is dead', null],
  ['… also for a participle that shares the sentence’s subject', 'Tom Hale and Ana Ruiz met voters on Monday.\n\nThe senator from Kellshire said the toll was “a tax on the poor,” noting that it is “strange that nobody pays.”', 'strange that nobody pays', null],
  ['near miss: a role and then the name, with no preposition between, names the speaker', '“The plan is dead,” said the harbour minister Ana Ruiz.', 'The plan is dead', 'Ana Ruiz'],
];

const bodies: Row[] = [
  ['a title word before nothing but an organisation’s words names the body', '“We will not comment,” the Justice Department said.', 'We will not comment', 'Justice Department'],
  ['near miss: a person named after such a body and a role is that person', '“The talks are over,” Interior Ministry spokesman Tom Hale said.', 'The talks are over', 'Tom Hale'],
  ['near miss: the same title before a person’s name is a title', '“We will not comment,” said Chief Justice Ana Ruiz.', 'We will not comment', 'Ana Ruiz'],
];

const hyphenModifiers: Row[] = [
  ['a place joined to "based" modifies the name after it', '“Sales will recover,” said Dunmore-based Tom Hale.', 'Sales will recover', 'Tom Hale'],
  ['an owner joined to "owned" is no part of the body’s name', '“Prices are lower now,” said Harbour-owned Corvina Foods.', 'Prices are lower now', 'Corvina Foods'],
  ['near miss: a hyphenated first name is one name', '“The town will recover,” said Anne-Marie Ruiz of Stratford-upon-Avon.', 'The town will recover', 'Anne-Marie Ruiz'],
];

describe.each([
  ['people who share a surname', surnames],
  ['names joined by "and"', joined],
  ['a name that a preposition governs', objects],
  ['a body named with a title word', bodies],
  ['a capitalised word joined to a lower-case one modifies the name', hyphenModifiers],
] as const)('speaker names: %s', (_name, rows: readonly Row[]) => {
  test.each(rows)('%s', (_why, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
