// Pairing that recovers as a reader does (utils/quotes/find.ts): a stray or
// mismatched mark never swallows the quotes after it, elided words are never
// openers, short first paragraphs of multi-paragraph quotes are kept.
// Every sentence is made up.
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../utils/quotes/find';
import type { Block } from '../utils/types';

const para = (...texts: string[]): Block[] => texts.map((text, index) => ({ index, kind: 'paragraph', text }));
const inner = (...texts: string[]) => findQuotes(para(...texts)).map((s) => s.text);

describe('a stray opening mark never costs the quotes after it', () => {
  test.each([
    ['straight mark between spaces', 'He paused " and went on. “We are ready,” she said.', ['We are ready,']],
    ['stray curly opener before a real quote', 'The note read “ and nothing more. “We sail at dawn,” the skipper said.', ['We sail at dawn,']],
    ['stray opener before two real quotes', 'A sign said “ then. “We sail,” she said, “at dawn.”', ['We sail,', 'at dawn.']],
    ['stray straight opener before straight quotes', 'The file showed "x then. "We sail," she said.', ['We sail,']],
    ['unclosed corner bracket before a real one', '町長は「ええと。彼は「はい」と言った。', ['はい']],
    ['stray German opener before a real quote', 'Er zögerte „ und dann. „Wir sind bereit“, sagte sie.', ['Wir sind bereit']],
    ['a straight single mark before a name particle (’t, Dutch) left open', '"The dyke will hold," said Anne in \'t Hout, an engineer. "It always has."', ['The dyke will hold,', 'It always has.']],
    ['a left single mark never closed before a double quote', 'The sign read ‘closed and then. “We sail at dawn,” the skipper said.', ['We sail at dawn,']],
    ['stray guillemet before a real quote', 'Il hésita « puis reprit. « Nous sommes prêts », dit-elle.', ['Nous sommes prêts']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  test('a double opener closed by a single mark after punctuation keeps both quotes', () => {
    expect(inner('"We are ready,\' she said. "Go now," he said.')).toEqual(['We are ready,', 'Go now,']);
  });

  test('a single opener closed by a double mark after punctuation', () => {
    expect(inner('\'We are ready," she said. \'Go now,\' he said.')).toEqual(['We are ready,', 'Go now,']);
  });

  // Near misses: the readings that must not change.
  test.each([
    ['a real nested quote of the other family', '“He told me ‘never again’ twice,” she said.', ['He told me ‘never again’ twice,']],
    ['a real nested quote in guillemets', '«Me dijo “nunca más” dos veces», contó.', ['Me dijo “nunca más” dos veces']],
    ['a one-word quote', 'She called it “rubbish” and left.', ['rubbish']],
    ['an open quote with a nested single quote runs to the end', '“He told me ‘never again’ and I believed him then', ['He told me ‘never again’ and I believed him then']],
    ['an apostrophe that closes a single quote', "She called it 'the players' and left.", ['the players']],
  ])('near miss: %s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});

describe('elided words are never openers', () => {
  test.each([
    ['’Twas right after an opening single mark', "'’Twas a long night,' she said.", ['’Twas a long night,']],
    ['’Tis after a curly opener', '‘’Tis the season,’ he said.', ['’Tis the season,']],
    ['rock ’n’ roll inside a single quote', '‘I grew up on rock ’n’ roll,’ she said.', ['I grew up on rock ’n’ roll,']],
    ['’em inside a single quote', "'Tell 'em we are coming,' he said.", ["Tell 'em we are coming,"]],
    ['’90s inside a double quote', '“Back in the ’90s it was different,” he said.', ['Back in the ’90s it was different,']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});

describe('multi-paragraph quotes with a short first paragraph', () => {
  test('a one-word first paragraph followed by a reopened quote is kept', () => {
    const found = findQuotes(para('“Hello,', '“We have been waiting for you all morning,” she said.'));
    expect(found.map((s) => [s.block, s.text, s.continuesPrevious])).toEqual([
      [0, 'Hello,', false],
      [1, 'We have been waiting for you all morning,', true],
    ]);
  });

  test('in guillemets', () => {
    const found = findQuotes(para('« Bonjour,', '« nous vous attendions depuis ce matin », dit-elle.'));
    expect(found.map((s) => [s.block, s.text, s.continuesPrevious])).toEqual([
      [0, 'Bonjour,', false],
      [1, 'nous vous attendions depuis ce matin', true],
    ]);
  });

  test('near miss: a short unclosed fragment not followed by a reopened quote is dropped', () => {
    expect(inner('The sign said “closed', 'Nobody came to the harbour that day.')).toEqual([]);
  });
});

test('near miss: a bracketed editor’s note left open before a reopened quote is no quote', () => {
  expect(inner('“(Laughter.)', '“We will be back next spring,” she said.')).toEqual(['We will be back next spring,']);
});
