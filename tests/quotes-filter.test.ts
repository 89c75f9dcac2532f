// The filter (utils/quotes/filter.ts): what is between quotation marks but is not
// speech — scare quotes, titles, names and terms, fragments modifying a noun — is
// dropped; partial quotes, short quotes with a speech cue and one-sentence quotes
// are kept. Every sentence is made up.
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import { lexiconFor } from '../utils/lexicon';
import { filterQuotes, type DropReason } from '../utils/quotes/filter';
import { findQuotes } from '../utils/quotes/find';
import type { Block } from '../utils/types';

function filter(text: string) {
  const blocks: Block[] = [{ index: 0, kind: 'paragraph', text }];
  return filterQuotes(blocks, findQuotes(blocks), lexiconFor('en'));
}

/** [why, sentence, quote text, reason] */
const dropped: [string, string, string, DropReason][] = [
  ['scare quote, no cue near', 'The “experts” never came to the quay.', 'experts', 'scare'],
  ['scare quote before a comma', 'The harbour is “fine”, for now.', 'fine', 'scare'],
  ['title of a book (title case)', 'She has read “The Salt Road” twice this winter.', 'The Salt Road', 'title'],
  ['title of a campaign, minor words in lower case', 'The “Save the Pier” campaign raised money on the quay.', 'Save the Pier', 'title'],
  ['film after "the film"', 'The film “Storm Over Dunmore” opens on Friday.', 'Storm Over Dunmore', 'naming'],
  ['so-called', 'The so-called “harbour tax” was dropped in May.', 'harbour tax', 'naming'],
  ['dubbed', 'The plan, dubbed “Project Gull” by staff, was dropped.', 'Project Gull', 'naming'],
  ['nicknamed', 'The captain, nicknamed “the Walrus”, retired in May.', 'the Walrus', 'naming'],
  ['known as', 'The scheme is known as “blue water” among the crews.', 'blue water', 'naming'],
  ['a pseudonym', 'The captain wrote under the pseudonym “Old Salt” for years.', 'Old Salt', 'naming'],
  ['words such as', 'Clerks searched the files for words such as “breach” in May.', 'breach', 'naming'],
  ['the word', 'The word “harbour” appears twice in the report.', 'harbour', 'naming'],
  ['a gloss: Latin for “X”, a cue near', 'Tom Hale said the sign read “Ave,” Latin for “hail.”', 'hail.', 'naming'],
  ['a later item of a list that a naming cue opens', 'Ana Ruiz said the clerks searched for words such as “breach,” “leak” and “tide” in May.', 'tide', 'naming'],
  ['a web address alone, a cue near', 'The video is at “https://harbour.example/pier,” Tom Hale said.', 'https://harbour.example/pier,', 'naming'],
  ['a handle alone, in a reported clause', 'Tom Hale wrote that the post by “@harbourwatch” was wrong.', '@harbourwatch', 'naming'],
  ['a title after “a far cry from” (no cry of words)', 'The new fares are a far cry from “Ferries For All” in the leaflet.', 'Ferries For All', 'title'],
  ['a title right after “wrote” (what is written may be a work)', 'Ilse Varga wrote “The Salt Road Home” in 1990.', 'The Salt Road Home', 'title'],
  ['a title right after “told” (the one told, not what was said)', 'Tom Hale told “Harbour Watch Tonight” on Sunday that the pier was safe.', 'Harbour Watch Tonight', 'title'],
  ['a term coined, not used', 'A clerk coined the term “tide tax” in 1990.', 'tide tax', 'naming'],
  ['a term no one is said to use', 'Crews avoid the phrase “blue water” in the logs.', 'blue water', 'naming'],
  ['a technique called “X” (naming verb right before the mark)', 'Engineers use a technique called “cold patching” on the pier.', 'cold patching', 'naming'],
  ['fragment modifying a noun, the cue after it', 'The “smart” gates open in May, the council said.', 'smart', 'modifier'],
  ['a show called “X” (the naming verb follows a noun)', 'The crew filmed a series called “Low Tide” last year.', 'Low Tide', 'naming'],
  ['a technique called “X”, a time between the noun and the verb', 'Crews learn a technique shown on Sunday called “cold patching” at the pier.', 'cold patching', 'naming'],
  ['a thing named inside an appositive (no one set off before the verb)', 'The ferry, a boat called “Sea Lark,” left at noon.', 'Sea Lark,', 'naming'],
  ['passive naming: was dubbed', 'The old pier was dubbed “the spine” by sailors.', 'the spine', 'naming'],
  ['a show after its channel’s possessive, a cue near', 'Dr Marsh said on Harbour TV’s “Morning Tide” that the pier would hold.', 'Morning Tide', 'title'],
  ['a title-case name right after the kind of work it names, a cue near', 'Mark Tull, the star of the comedy series “Harbour Lights,” said the show would end.', 'Harbour Lights,', 'title'],
  ['a title-case name right before the kind of work it names, a cue near', 'On the “Tide Talk” podcast she said the pier would hold.', 'Tide Talk', 'title'],
  ['a title-case name set off before the kind of work it names, a cue near', 'Her publisher said it would release “Iron Tides,” a memoir, in May.', 'Iron Tides,', 'title'],
  ['a show after an affiliation preposition, a cue near', '“The pier will hold,” Tom Hale told the hosts of “Sea Watch,” adding that the ferry was late.', 'Sea Watch,', 'title'],
  ['a show after “of”, the cue right after it', 'Crews, it turns out, are big fans of “Tide Talk,” Ana Ruiz said.', 'Tide Talk,', 'title'],
  ['a show after a setting preposition', 'Petra Osk told viewers on “Sea Watch” that the ferry was late.', 'Sea Watch', 'title'],
  ['one capitalised word in a reported clause, but before a noun (a name used as a modifier)', 'Ana Ruiz said the harbour backed the “Remain” voters in the end.', 'Remain', 'title'],
  ['two title-case words in a reported clause are a name', 'The ferry firm said on Friday that the “Harbour Museum” in Kent had asked for the boat.', 'Harbour Museum', 'title'],
  ['two title-case words after a colon with no cue: a slogan', 'The crowd had one message: “Save Tidewater.”', 'Save Tidewater.', 'title'],
  ['title-case words in a reported clause, but before a noun (a name used as a modifier)', 'Tom Hale said the “Harbour First” plan was dead.', 'Harbour First', 'title'],
  ['one capitalised word in a reported clause, but after a preposition (a show’s name)', 'Tom Hale, who said he ran the harbour, hosts the morning edition of “Tideline” these days.', 'Tideline', 'title'],
  ['a request, not a report: asked them to run a “blind” test', 'The team asked ten sailors to run a “blind” test on the ropes.', 'blind', 'modifier'],
  ['a thought, not a report: wondered whether', 'The researchers wondered whether tides cause our “eureka” moments.', 'eureka', 'modifier'],
  ['the writer’s own clause after “, but”', 'Studies tell us that sleep helps, but when does that “eureka” moment come?', 'eureka', 'modifier'],
  ['a statement noun far before the quote, with no link to it', 'His comments came after the launch of the “smart” tolls.', 'smart', 'scare'],
  ['defended, with no "as" before the quote, frames nothing', 'Fans defended the ferry firm on the grounds that its “surge fares” are set by a machine.', 'surge fares', 'scare'],
  ['scare quote in the author’s own sentence, a person named in it', 'Tomas Brell rebuilt the “temporary” shed in May.', 'temporary', 'scare'],
  ['a passive verb of judging with no agent frames nothing', 'The ferry, which was considered unsafe for years, docked at the “old quay” in May.', 'old quay', 'scare'],
  // A phrase after someone the article quotes is theirs (speaking.ts), but not one word, a far possessive or a place.
  ['one word after someone the article quotes', '“We sail at dawn,” Tom Hale said. Hale rebuilt the “temporary” shed.', 'temporary', 'scare'],
  ['a possessive far before the quote', '“We sail at dawn,” Tom Hale said. Hale’s fans defended the firm on the grounds that its “surge fares” are fair.', 'surge fares', 'scare'],
  ['a place before a speech verb is no speaker', '“We sail,” a sailor in Dunmore said. Dunmore has no “sharing economy” at all.', 'sharing economy', 'scare'],
  ['a nickname inside a name, a verb of thinking far before it', 'The mayor may have thought the race was won before Ana “Tidy” Ruiz came in.', 'Tidy', 'naming'],
  ['a nickname inside a name right after a speech verb', '“It was a joy,” said John “Tig” Halloran, a former sailor.', 'Tig', 'naming'],
];

/** [why, sentence, quote text] */
const kept: [string, string, string][] = [
  ['called the plan “a disgrace” (words between the verb and the mark)', 'Petra Osk called the plan “a disgrace” on Tuesday.', 'a disgrace'],
  ['partial quote followed by a preposition: was a “priority” for', 'The mayor said the plan was a “priority” for the town.', 'priority'],
  ['one-word partial quote after said', 'Ilse Varga said the wall was “fine”.', 'fine'],
  // A quoted word inside what someone is reported to have said is their word, even before a noun.
  ['fragment before a noun, inside a reported clause', 'Ilse Varga said the town would try a “smart” toll next year.', 'smart'],
  ['what she called “X” (someone’s act of calling)', 'The vote ended what Petra Osk called “a long winter.”', 'a long winter.'],
  ['a list after someone’s act of calling', 'Tom Hale has long called the ferries “tubs,” “rust buckets” and “floating sheds.”', 'floating sheds.'],
  ['a rival he dubbed “X”', 'He mocked a rival he dubbed “the little admiral.”', 'the little admiral.'],
  ['a name before a naming verb', 'The port lost what Mayor Hale termed “its nerve” that year.', 'its nerve'],
  ['a name, then a time, before a naming verb', 'Her anger fell on the harbour master, whom Ilse Varga on Tuesday called “a reckless man.”', 'a reckless man.'],
  ['a naming verb after a name set off by commas', 'The pact angered a country that the last nominee, Ilse Varga, called “our biggest rival.”', 'our biggest rival.'],
  ['a naming verb after a name and its appositive', 'It was a fight in what Tomas Brell, the party treasurer, called “hand-to-hand combat.”', 'hand-to-hand combat.'],
  ['a passive naming verb with its agent after the quote', 'This habit has been called “strategic silence” by Leo Fenn, a professor at Westmere.', 'strategic silence'],
  ['a name, then an adverb, before a naming verb', 'The old ferry, which Tomas Brell publicly dubbed “the rust bucket,” sank in May.', 'the rust bucket,'],
  ['a framing verb before the quote: cast … as', 'Ilse Varga cast the vote as a “mandate” for the pier.', 'mandate'],
  ['a framing verb before the quote: defended … as', 'Tomas Brell defended the harbour master as a “decent man” on Friday.', 'decent man'],
  ['a framing verb before the quote: described … as', 'Ilse Varga gave an hour to what she described as the “brave” vote on the pier.', 'brave'],
  ['a framing verb before the quote: derided', 'Tomas Brell derided the “experts” at the town hall.', 'experts'],
  ['a framing verb and “as”: postured … as', 'Tom Hale has postured himself as the “voice of the fishermen” for years.', 'voice of the fishermen'],
  ['a framing verb and “as”: positioned … as', 'The ferry firm has positioned itself as a “floating town square” for the islands.', 'floating town square'],
  ['a framing verb and “as”: pointed to … as', 'Ilse Varga pointed to the vote as proof of a “rigged board.”', 'rigged board.'],
  ['a statement noun and its content after "for"', 'Tom Hale sent the board a request for “a small favour” in May.', 'a small favour'],
  ['a ruling and its that-clause', 'The court struck the ban down, ruling that the town could not cite “public order” as a reason.', 'public order'],
  ['a statement noun and its that-clause', 'His claim that the wall was “sound” did not last the week.', 'sound'],
  ['a statement noun and its content after "of"', 'Ilse Varga built her campaign on a promise of “free ferries” for the islands.', 'free ferries'],
  ['a statement noun and its content after "to"', 'The mayor’s promise to “fix” the pier won the vote.', 'fix'],
  ['a speech-act noun and its that-clause', 'Her criticism that the ferry was “a relic” stung the board.', 'a relic'],
  ['a framing verb before the quote: rated', 'The fact checkers at the Harbour Post rated the claim “mostly false” on Friday.', 'mostly false'],
  ['a framing verb before the quote: ruled', 'The judge ruled the ferry permit “void” in May.', 'void'],
  ['a framing verb before the quote: credited … with', 'Ilse Varga credited the crews with “saving the pier” last winter.', 'saving the pier'],
  ['a framing verb before the quote: attacked … for', 'Tomas Brell attacked the harbour master for being a “lazy sailor.”', 'lazy sailor.'],
  ['a term someone uses is their word: use the term', 'Petra Osk refused to use the term “sea wall” at the meeting.', 'sea wall'],
  ['a term someone uses is their word: said the words', 'Tom Hale never said the words “no deal” in public.', 'no deal'],
  ['a term someone uses is their word: use of the phrase', 'Her use of the phrase “harbour rats” angered the crews.', 'harbour rats'],
  // A fragment inside what someone thinks, judges, wants or orders is theirs, as in what they say.
  ['a phrase in a sentence that names, before it, someone the article quotes', '“We sail at dawn,” Tom Hale said. Hale then turned to the “harbour mafia” at the town hall.', 'harbour mafia'],
  ['… or names them in a possessive right before it', '“We sail at dawn,” Tom Hale said. The crews cheered Hale’s “harbour for all” at the meeting.', 'harbour for all'],
  ['a verb of thinking before the quote: thinks', 'Tom Hale thinks the pier should be a “test case” for the islands.', 'test case'],
  ['a verb of judging before the quote: deemed', 'The inspectors deemed the ferry “seaworthy” in May.', 'seaworthy'],
  ['a verb of judging before the quote: considered', 'The board considered the repairs “urgent” last winter.', 'urgent'],
  ['a passive verb of judging with its agent after the quote', 'The ferry was deemed “seaworthy” by the inspectors.', 'seaworthy'],
  ['a verb of wanting before the quote: wanted to', 'Ilse Varga wanted to “go further” on the tolls.', 'go further'],
  ['a verb of ordering before the quote: ordered … to', 'The captain ordered the crew to “stand fast” at the quay.', 'stand fast'],
  ['a framing verb before the quote: advocates', 'Tom Hale advocates a “harbour land tax” for the islands.', 'harbour land tax'],
  ['title case right after a verb of saying: declared', 'Ilse Varga declared “What a Great Night!” and left the stage.', 'What a Great Night!'],
  ['title case right after a verb of saying: a sign saying', 'A sailor held up a sign saying “Save Our Harbour Now.”', 'Save Our Harbour Now.'],
  ['a statement named right after the quote: “…” comment', 'Tom Hale’s “sink or swim” comment angered the crews.', 'sink or swim'],
  ['a statement named right after the quote: “…” moniker', 'The mayor never shook off the “harbour queen” moniker.', 'harbour queen'],
  ['a fragment before a noun in a sentence that ends in its attribution to someone named', 'The “smart” gates open in May, Tom Hale said.', 'smart'],
  ['… or to a pronoun', 'Crews still fear the “smart” gates, he said.', 'smart'],
  ['a title-case cry is no title', 'The crowd on the quay shouted “Out!” at the mayor.', 'Out!'],
  ['what a crowd chanted: chants of “X”', 'The rally ended with chants of “Lena! Lena! Lena!” from the back rows.', 'Lena! Lena! Lena!'],
  ['what a crowd chanted, title case: chants of “X”', 'The dockers greeted her with chants of “Fair Pay Now” at the gate.', 'Fair Pay Now'],
  ['what someone cried: cries of “X”', 'The pier crowd met him with cries of “Shame!” and boos.', 'Shame!'],
  ['what someone cried: shout “X” (the verb’s base form)', 'All she could do was shout “Hooray!” at the radio.', 'Hooray!'],
  ['what a crowd chanted: chanting “X”', 'Dockers marched to the quay chanting “Ferries For All,” and waving flags.', 'Ferries For All,'],
  ['one capitalised word in what someone is reported to have said', 'Ana Ruiz said on Friday that the new harbour master was “Venetian.”', 'Venetian.'],
  ['one capitalised word in a reported clause, a function word after it (no name’s slot)', 'Ana Ruiz said the new harbour master was “Venetian” by birth.', 'Venetian'],
  ['two title-case words that their attribution follows, a comma inside the marks', '“Thank You,” Ana Ruiz said, “for coming to the quay.”', 'Thank You,'],
  ['two title-case words of a term someone used', 'Ana Ruiz never used the words “Crooked Harbour” in public.', 'Crooked Harbour'],
  ['one capitalised word after a framing verb and “as”', 'Tom Hale described the levy as “Victorian,” and left the hall.', 'Victorian,'],
  ['a title-case sentence told to a show is speech', 'Tom Hale told the podcast, “Not Today.”', 'Not Today.'],
  ['a statement that holds an address is no address', '“Read it all at https://harbour.example/pier,” Tom Hale said.', 'Read it all at https://harbour.example/pier,'],
  ['short quote with a speech cue', '“Never,” Petra Osk said.', 'Never,'],
  ['one-sentence quote with no cue', '“Nobody came.”', 'Nobody came.'],
  ['one-sentence quote after another sentence', 'The board met on Tuesday. “Nobody came.”', 'Nobody came.'],
  ['a full statement', '“The bridge will hold through the winter,” Dr Jane Marsh said.', 'The bridge will hold through the winter,'],
  ['capitalised words in a long statement are not a title', '“We Will Not Be Moved By Threats From Anyone At The Town Hall Or Elsewhere, Ever,” the banner said.', 'We Will Not Be Moved By Threats From Anyone At The Town Hall Or Elsewhere, Ever,'],
];

describe('filterQuotes: dropped', () => {
  test.each(dropped)('%s', (_why, sentence, quote, reason) => {
    const r = filter(sentence);
    expect(r.kept.map((s) => s.text)).not.toContain(quote);
    expect(r.dropped.map((d) => [d.span.text, d.reason])).toContainEqual([quote, reason]);
  });
});

describe('filterQuotes: kept', () => {
  test.each(kept)('%s', (_why, sentence, quote) => {
    const r = filter(sentence);
    expect(r.kept.map((s) => s.text)).toContain(quote);
  });
});

describe('filter through analyze', () => {
  test('a paragraph mixing a title, a scare quote and a statement keeps only the statement', () => {
    const a = analyze({ text: 'The “experts” behind “The Salt Road” came to the quay. “The pier will not last the winter,” Tomas Brell said.' });
    expect(a.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).toEqual(['The pier will not last the winter,']);
  });

  test('list items after an introducing paragraph are kept even when short', () => {
    const a = analyze({
      title: null, byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, excerpt: null,
      blocks: [
        { index: 0, kind: 'paragraph', text: 'The minister also said:' },
        { index: 1, kind: 'item', text: '“No new tolls”' },
        { index: 2, kind: 'item', text: '“Free ferries”' },
      ],
    });
    expect(a.quotes.map((q) => q.text)).toEqual(['No new tolls', 'Free ferries']);
  });

  test('a page of only scare quotes and titles has no quotes', () => {
    const a = analyze({ text: 'The “smart” gates and the so-called “harbour tax” featured in “The Salt Road”, a book about the town.' });
    expect(a.status).toBe('no-quotes');
  });
});

// Known gaps (reported).
const formerGaps: [string, string, string][] = [
  // FIXED GAP: a three-word statement whose words are all capitalised or minor ("It is over") is
  // taken for a title even with "said" right after it; the quote is lost.
  ['a short statement that happens to look title-cased, with a cue right after', '“It is over,” Ilse Varga said.', 'It is over,'],
];

describe('filterQuotes: former gaps, now fixed (regression rows)', () => {
  test.each(formerGaps)('gap: %s', (_why, sentence, quote) => {
    expect(filter(sentence).kept.map((s) => s.text)).toContain(quote);
  });
});
