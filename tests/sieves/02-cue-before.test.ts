// Sieve 2 (cue-before): a speaker and a speech verb right before the quote.
import { describe, test } from 'vitest';
import { check, type Row } from './harness';

const SIEVE = 'cue-before';

const positive: Row[] = [
  { name: 'a long opening phrase before the subject of a participle cue: On the eve of …, X rallied … by warning that “…”', input: 'Tomas Brell spoke on Sunday.\n\nOn the eve of his historic election to a fourth term as mayor in March, Brell rallied supporters by warning darkly that “the harbour is in danger.”', quote: 'the harbour is in danger', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'a participle after a possessive is an adjective, not the cue: calling Ruiz’s proposed credit “…”', input: 'Tomas Brell then cut in, calling Ana Ruiz’s proposed ferry credit “a handout to the rich.”', quote: 'a handout to the rich', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'a participle after a possessive pronoun: their stated aim of “…”', input: 'Tomas Brell dismissed the council and their stated aim of “a harbour for everyone.”', quote: 'a harbour for everyone', speaker: 'Tomas Brell' },
  { name: 'a name right before a colon: … pollster X: “…”', input: 'The result did not surprise the Westmere pollster Ann Cole: “Turnout was always going to be low.”', quote: 'Turnout was always', speaker: 'Ann Cole', sieve: SIEVE },
  { name: 'a time phrase between the subject and its verb: X during a rally thanked … “…”', input: 'Tomas Brell spoke in Dunmore.\n\nBrell during a rally thanked the crowd “for their support in this campaign.”', quote: 'for their support', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'the subject of a relative clause inside an appositive: Y, a firm that the mayor, X, called “…”', input: 'Critics point to Harbour Holdings, a firm that the former mayor, Tomas Brell, once called “a pirate with a logo.”', quote: 'a pirate with a logo', speaker: 'Tomas Brell', sieve: SIEVE },
  { name: 'X said: “…”', input: 'Dr Jane Marsh said: “The bridge will hold through the winter.”', quote: 'The bridge will hold', speaker: 'Jane Marsh', sieve: SIEVE, cue: 'said', kind: 'direct' },
  { name: 'X told the council that “…” (a listener between verb and quote)', input: 'Councillor Petra Osk told the council that “nothing has been decided yet”.', quote: 'nothing has been decided', speaker: 'Petra Osk', sieve: SIEVE, cue: 'told the council', kind: 'partial' },
  { name: 'appositive subject: X, a professor at Y, said, “…”', input: 'Jane Marsh, a professor at Westmere University, said, “It will hold for another decade.”', quote: 'It will hold for another', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'appositive with an age: X, 54, a former ferry captain, said: “…”', input: 'Ilse Varga, 54, a former ferry captain, said: “We will not give up the harbour.”', quote: 'We will not give up', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'X told Reuters: “…” — the listener is not the speaker', input: 'Ilse Varga told Reuters: “The ferry will run again by March.”', quote: 'The ferry will run again', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'X warned that “…”', input: 'Dr Marsh warned that “the cracks will spread if nothing is done”.', quote: 'the cracks will spread', speaker: 'Marsh', sieve: SIEVE, cue: 'warned' },
  { name: 'coordination: X stepped in and tweeted: “…”', input: 'Corvina Holdings stepped in and tweeted: “We will cover the cost of the repairs.”', quote: 'We will cover the cost', speaker: 'Corvina Holdings', sieve: SIEVE, cue: 'tweeted' },
  { name: 'a second speaker in a clause: while X warned: “…”', input: '“The toll will rise,” Ilse Varga said, while Petra Osk warned: “People will leave.”', quote: 'People will leave', speaker: 'Petra Osk', sieve: SIEVE, cue: 'warned' },
  { name: 'a quote broken by its cue: “…,” X said, “…”', input: '“We are staying,” Petra Osk said on Monday, “and nobody will move us.”', quote: 'and nobody will move us', speaker: 'Petra Osk', sieve: SIEVE },
  { name: 'calling it “…”: the participle hangs on the sentence subject', input: 'Dr Marsh praised the crews, calling them “the best in the country”.', quote: 'the best in the country', speaker: 'Marsh', sieve: SIEVE },
  { name: 'X called the plan “…”', input: 'Petra Osk called the plan “a disgrace” on Tuesday.', quote: 'a disgrace', speaker: 'Petra Osk', sieve: SIEVE, kind: 'partial' },
  { name: 'pronoun across paragraphs: She told the board: “…”', input: 'Ms Hana Lind runs the harbour board.\n\nShe told the board on Friday: “There is no money left for the pier.”', quote: 'There is no money', speaker: 'Hana Lind', sieve: SIEVE },
  { name: 'unnamed subject: the minister told reporters on Monday: “…”', input: 'The minister told reporters on Monday: “We will not raise the toll this year.”', quote: 'We will not raise', speaker: null, sieve: SIEVE },
  { name: 'a participle after a preposition: ended the meeting by saying', input: 'Petra Osk ended the meeting by saying, “We are done with the toll.”', quote: 'We are done', speaker: 'Petra Osk', sieve: SIEVE, cue: 'saying' },
  { name: 'a participle after a preposition and an adverb: before finally saying', input: 'Mr. Fenn deflected every question about the pier before finally saying, “It is time to move on.”', quote: 'It is time', speaker: 'Fenn', sieve: SIEVE },
  { name: 'a second verb after “but”: did not name them, but told', input: 'Ilse Varga did not name her rivals, but told her supporters, “our town is in trouble.”', quote: 'our town is in trouble', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'a participle after a quote whose comma is inside the marks', input: 'Ilse Varga defended “harbour values,” saying: “The town is the heart of the coast.”', quote: 'The town is the heart', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'the subject after a short opening phrase: Here in Y, X …, saying', input: 'Here in Dunmore, Ilse Varga stepped up her attacks, saying, “We need a new pier.”', quote: 'We need a new pier', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'openers that are no phrase: And then X went on the attack, saying', input: 'And then Ilse Varga went fully on the attack, saying, “Is the mayor asleep?”', quote: 'Is the mayor asleep', speaker: 'Ilse Varga', sieve: SIEVE },
  // A participle after "X said," hangs on X, the subject of that speech verb, not on the sentence's first name.
  { name: 'Y and Z will …, X said, adding, “…”: X', input: 'Tom Hale and Carl Price will meet next week, Ana Ruiz said, adding, “They need to sit down and talk.”', quote: 'They need to sit down', speaker: 'Ana Ruiz', sieve: SIEVE, cue: 'adding' },
  { name: 'Y did …, X said Tuesday in Town, noting “…”: X', input: 'Carl Price left before the vote was counted, Ana Ruiz said Tuesday in Dunmore, noting that the pier “was never his priority.”', quote: 'was never his priority', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'near miss: a speech verb inside a that-clause is not the participle’s', input: 'Ilse Varga repeated her claim that Carl Price recites the same lines, calling him “a talented reader.”', quote: 'a talented reader', speaker: 'Ilse Varga', sieve: SIEVE },
  // A wire story's dateline ("WASHINGTON —", "Port Aldmore (Wire) –") is no subject.
  { name: 'PLACE (Agency) – X did …, saying “…”: X, not the dateline', input: 'WASHINGTON (Wire) – Senator Ana Ruiz has taken a swipe at her rival’s stance on the port, saying that “loud comments” do more harm than good.', quote: 'loud comments', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'PLACE — X did …, saying “…”: X, not the dateline', input: 'PORT ALDMORE — Mayor Tom Hale defended his call to raise the toll, saying the bridge “has to be paid for.”', quote: 'has to be paid for', speaker: 'Tom Hale', sieve: SIEVE },
  { name: 'a colon after a sentence about the speaker, a pronoun opening it: She then turned to the crowd: “…”', input: 'Ilse Varga spoke for an hour in the rain.\n\nShe then turned to the crowd again: “Here is what I regret. I regret nothing at all.”', quote: 'Here is what I regret', speaker: 'Ilse Varga', sieve: 'cue-before' },
  { name: 'indicating: X indicated that the council “…”', input: 'In response to questions, Brell indicated that the council “should have known that the pier was unsafe.”', quote: 'should have known', speaker: 'Brell', sieve: 'cue-before' },
  // A cue written as a noun after "his"/"her" is the claim of the one it names; a setting between a subject and its verb.
  { name: 'a possessive before a noun cue: he repeated his claim that “…”', input: 'Mayor Tom Varga spoke on Monday.\n\nHe also repeated his claim that “profit-making” was the motive.', quote: 'profit-making', speaker: 'Tom Varga', sieve: SIEVE },
  { name: 'a possessive before a plural noun cue: with her calls to end the “…”', input: 'Ana Ruiz, who has led the union for years, rallied the dockers with her calls to end the “rigged harbour” that she says the owners run.', quote: 'rigged harbour', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'a setting between subject and verb: when X in her first speech called …', input: 'The break was complete when Ruiz in her first speech called the dockers “heroes” and promised a new pier.', quote: 'heroes', speaker: 'Ruiz', sieve: SIEVE },
  { name: 'a participle after an article is no cue, and the one told is no speaker: X told the Courier in a written statement, “…”', input: 'Hale told the Dunmore Courier in a written statement, “I do not want the council’s endorsement.”', quote: 'I do not want', speaker: 'Hale' },
  // An infinitive's subject is the subject of the verb that governs it.
  { name: 'an infinitive: X went so far as to say: “…”', input: 'Tomas Brell went so far as to say: “The ferry as we know it is over.”', quote: 'The ferry as we know', speaker: 'Tomas Brell', sieve: 'cue-before', cue: 'say' },
  { name: 'an infinitive after a passive: Mr. X was prompted to say, “…”', input: 'The debate was so calm that Mr. Brell was prompted to say, “So far, I cannot believe how civil it has been.”', quote: 'So far, I cannot', speaker: 'Brell', sieve: 'cue-before' },
  { name: 'adverbs of both kinds before the verb: X has also broadly called for “…”', input: 'Mayor Ilse Varga has also broadly called for “more ferries and a second pier.”', quote: 'more ferries', speaker: 'Ilse Varga', sieve: 'cue-before' },
  { name: 'an auxiliary before an adverb of manner: X has increasingly decried the …', input: 'Tomas Brell has increasingly decried the problem of “harbour decay” and highlighted his plans.', quote: 'harbour decay', speaker: 'Tomas Brell' },
  // A participle right after a noun that cannot speak (a document, an event) hangs on the clause's subject.
  { name: 'X issued a statement calling on Y “…”: X, not the statement', input: 'Ilse Varga issued a statement calling on the town “to pay for the pier” soon.', quote: 'to pay for the pier', speaker: 'Ilse Varga', sieve: SIEVE },
  { name: 'X started the debate saying “…”: X, not the debate', input: 'Tom Hale started the debate saying “of course” the mayor is qualified.', quote: 'of course', speaker: 'Tom Hale', sieve: SIEVE },
  { name: 'X agreed, praising …: X, not the opening phrase', input: 'Weighing in on the vote, former Westmere Gov. Tom Hale agreed, praising his rival as “one of the best we have.”', quote: 'one of the best', speaker: 'Tom Hale', sieve: SIEVE },
  { name: 'X visited …, his rival, Y, saying “…”: X, not the appositive name', input: 'Mayor Tom Hale visited the harbour to discuss his remarks about his rival, Ilse Varga, saying “on her worst day” she would be better than the rest.', quote: 'on her worst day', speaker: 'Tom Hale', sieve: SIEVE },
  { name: 'a subject across an aside between dashes: X — back from P — told reporters: “…”', input: 'Ana Ruiz — back from a week at sea — told reporters: “The harbour wall will not last another winter.”', quote: 'The harbour wall', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'X, who has in the past described Y as “…”: a time phrase after the auxiliary', input: 'Jane Marsh, who has in the past described Carl Price as “a reckless gambler,” spoke first.', quote: 'a reckless gambler', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'X, author of “Title,” said, “…”: the appositive’s comma inside the title’s closing mark', input: 'Jane Marsh, author of “The Quiet Court,” said, “The council should remember that a deal today beats a fight tomorrow.”', quote: 'The council should remember', speaker: 'Jane Marsh', sieve: SIEVE },
  { name: 'Here is X in TIME: “…” (a presentative, a name, a setting, a colon)', input: 'Here is Ana Ruiz in December 1992: “Our new direction must rest on the harbour.”', quote: 'Our new direction', speaker: 'Ana Ruiz', sieve: SIEVE, cue: 'Here is' },
  { name: 'Here’s X on a subject: “…”', input: 'Here’s Tom Hale on the harbour: “It is older than all of us.”', quote: 'It is older', speaker: 'Tom Hale', sieve: SIEVE },
  { name: 'X wrote a letter to Y asking … “…”: the writer asks, not the one written to', input: 'Mayor Greg Stanford wrote a letter to Attorney General Lorna Lyle asking the department to investigate the “fiasco.”', quote: 'fiasco', speaker: 'Greg Stanford', sieve: SIEVE },
  { name: 'X delivered a message to Y: “…”: the one spoken to is no speaker', input: 'Council leader Ana Ruiz, D-Westmere, delivered a blunt message to Price: “It is time to stop attacking people.”', quote: 'It is time to stop', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'X kept shouting “…” and “…”: an aspect verb before the cue', input: 'Mr. Hale kept shouting “Get them out of here” and “Be nice.”', quote: 'Get them out', speaker: 'Hale', sieve: SIEVE, cue: 'shouting' },
  { name: 'X, exasperated, responded: “…”: a one-word participle between commas', input: 'Tom Hale kept asking her about the harbour. Ana Ruiz, exasperated, famously responded: “What difference does it make?”', quote: 'What difference', speaker: 'Ana Ruiz', sieve: SIEVE },
  { name: 'X, asked about P, said, “…”: "asked" opening the aside is no cue of its own', input: 'Mr. Hale, asked about the harbour, said, “I think our town does plenty of damage too.”', quote: 'I think our town', speaker: 'Hale', sieve: SIEVE },
];

const negative: Row[] = [
  { name: 'an infinitive after a name that follows a preposition: X took to Twitter to accuse …', input: 'Brell took to Twitter overnight to accuse Varga’s campaign of being “duped” by a con.', quote: 'duped', speaker: null, notSieve: 'cue-before' },
  { name: 'an infinitive after an object is the object’s: X urged Y to say: “…”', input: 'Ilse Varga urged Tomas Brell to say: “The pier is closed for the winter.”', quote: 'The pier is closed', speaker: 'Ilse Varga', notSieve: 'cue-before' },
  { name: 'a colon after a sentence whose subject is “it”: It seems unfair to tell them: “…”', input: 'The ferry stopped running in May.\n\nIt seems unfair to simply tell the crews who worked on it: “Sorry, but it did not work out.”', quote: 'Sorry, but it did not', speaker: null },
  { name: 'a verb too far away (clause in between) is not this sieve’s', input: 'Dr Marsh said the plan was “reckless” and would fail.', quote: 'reckless', speaker: 'Marsh', notSieve: SIEVE },
  { name: 'the cue after the quote wins first: “…,” X said', input: '“The bridge will hold,” Dr Jane Marsh said.', quote: 'The bridge will hold', speaker: 'Jane Marsh', notSieve: SIEVE },
  { name: 'no speech verb before the quote', input: 'The storm hit the harbour at dawn, and “nobody was ready for it”.', quote: 'nobody was ready', speaker: null, notSieve: SIEVE },
  { name: 'an intervening quote blocks an earlier cue', input: 'Dr Marsh said: “The bridge will hold.” “We checked every bolt,” added Tomas Brell.', quote: 'We checked every bolt', speaker: 'Tomas Brell', notSieve: SIEVE },
];

describe(`sieve ${SIEVE}`, () => {
  test.each(positive)('decides: $name', (row) => {
    check(row);
  });
  test.each(negative)('leaves alone / other speaker: $name', (row) => {
    check(row);
  });
});
