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
    ['Rosa Delgado', 'official', 'a Democrat from New Mexico'],
    ['Mark Tully', 'official', null],
  ])('%s is %s (%s)', (name, category, description) => {
    const s = result.speakers.find((x) => x.name === name);
    expect(s?.category).toBe(category);
    if (description) expect(s?.description).toBe(description);
  });
});
