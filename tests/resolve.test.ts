// Resolution (speakers/resolve.ts): from the phrase a sieve found ("he", "the
// coach", "Okafor") to the person it names. Patterns of news language that
// PolNeAR's training split showed failing, as made-up sentences (fictional
// people and places).
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import { check, type Row } from './sieves/harness';

const pronouns: Row[] = [
  // he/she after a one-word name that is a person in context (issue 16).
  { name: 'he after a one-word name that is the subject of a sentence', input: 'Okafor spoke from the steps. “We are ready,” he said.', quote: 'We are ready', speaker: 'Okafor' },
  { name: 'she after a one-word name that a "who" clause follows, not a woman named a paragraph before', input: 'In her speech, Ana Ruiz asked the graduates to be bold.\n\nMeanwhile Zendaya, who was honoured with the top award, spoke about courage. “The minute you love yourself, you stop hiding,” she said.', quote: 'The minute you love yourself', speaker: 'Zendaya' },
  { name: 'he after a surname that a "who" clause follows, not the man who spoke a paragraph before', input: 'Tom Hale, the mayor, said the bridge would open in May.\n\nVarga, who served on the council for ten years, doubts the date. “It will not open before winter,” he said.', quote: 'It will not open', speaker: 'Varga' },
  { name: 'she after a one-word name, across paragraphs', input: 'Lindgren took questions for an hour.\n\n“Nobody asked about the port,” she said.', quote: 'Nobody asked about the port', speaker: 'Lindgren' },
  // A first name tells the gender when no title does.
  { name: 'she: the woman named, not the man named after her', input: 'Rachel Stone spoke to Marco Vidal after the rally.\n\n“We agreed on nothing,” she said.', quote: 'We agreed on nothing', speaker: 'Rachel Stone' },
  { name: 'she: the woman named as the object, not the man who is the subject', input: 'Marco Vidal spoke to Rachel Stone after the rally.\n\n“We agreed on nothing,” she said.', quote: 'We agreed on nothing', speaker: 'Rachel Stone' },
  { name: 'he: the man named, not the woman named after him', input: 'Marco Vidal spoke to Rachel Stone after the rally.\n\n“We agreed on nothing,” he said.', quote: 'We agreed on nothing', speaker: 'Marco Vidal' },
  { name: 'she: a surname alone resolves through the full name given earlier', input: 'Helen Brandt and Peter Lusk ran against each other. Brandt won the county by nine points, and Lusk conceded at midnight.\n\n“It was a long night,” she said.', quote: 'It was a long night', speaker: 'Helen Brandt' },
  // The subject of the last speech event, not the last name written.
  { name: 'he: the speaker who quoted a rival, not the rival', input: 'Paul Harlan says Victor Crane “has never run anything bigger than a bakery.” He warns that the county would “pay for it for a decade.”', quote: 'pay for it for a decade', speaker: 'Paul Harlan' },
  { name: 'he: the subject of the sentence before, not its object', input: 'Senator Tom Reyes praised Governor Mark Ellis on Friday. “He kept his word on the bridge,” he said.', quote: 'He kept his word', speaker: 'Tom Reyes' },
  { name: 'he: the speaker of the quote before, past a man named inside it', input: '“Nobody trusts Daniel Ortt with the budget,” said Frank Bell. “He has broken every promise,” he added.', quote: 'He has broken every promise', speaker: 'Frank Bell' },
  { name: 'he: the speaker of reported speech before, not the man he spoke about', input: 'Representative Mark Dunn criticised the plan. Mr. Dunn said Governor Carl Price had ignored the farmers.\n\n“He never came to the valley,” he said.', quote: 'He never came to the valley', speaker: 'Mark Dunn' },
  { name: 'he: the speaker, not the subject of the clause he reports after an appositive', input: 'Paul Ruiz, the lawyer, said Tom Hale had signed the agreement.\n\n“He knew what he signed,” he said.', quote: 'He knew what he signed', speaker: 'Paul Ruiz' },
  { name: 'he: the subject of the sentence, not a man named in a clause after "while"', input: 'Frank Bell spoke in Dover on Tuesday, while Daniel Ortt stayed at home. “We will win here,” he said.', quote: 'We will win here', speaker: 'Frank Bell' },
  { name: 'he: the subject, not the second of two objects joined by "and"', input: 'Mayor Tom Reyes thanked his rivals Carl Price and Mark Dunn, who finished behind him. “Give them a hand,” he said.', quote: 'Give them a hand', speaker: 'Tom Reyes' },
  // The speaker of reported speech is a speaker event too, when the statement is the clause's own.
  { name: 'he: the speaker of reported speech whose first name tells nothing, not an earlier quoted Mr.', input: '“We do not care about you at all,” said Mr. Tom Meyer, who runs a firm.\n\nOthers say a change is overdue. Eswar Prasad, a professor of economics at Castell University, said trade had clearly grown.\n\n“Many people have taken an ostrich approach,” he said.', quote: 'Many people have taken', speaker: 'Eswar Prasad' },
  { name: 'he: a pronoun chain, the subject who said so, not the man named in what he said', input: 'Tom Reyes is drawing sharp contrasts with Carl Price.\n\nHe said Price had been wrong on the harbour and the budget.\n\nHe also asked if parents would vote for a man whose words “you would not want your children to repeat.”', quote: 'you would not want', speaker: 'Tom Reyes' },
  { name: 'near miss: a speaker reported inside another statement is no event', input: 'Ilse Varga turned the story back on the Courier, pointing out that the paper’s Tom Fenn had reported in June that the campaign was coming apart.\n\n“Apparently not,” she said.', quote: 'Apparently not', speaker: 'Ilse Varga' },
  { name: 'he: the pollster named in apposition before "said", not the man his survey is about', input: 'Another pollster, Tom Hale of Castell University, said his survey showed Mr. Price’s support holding steady.\n\n“Nothing moved at all,” he said.', quote: 'Nothing moved at all', speaker: 'Tom Hale' },
  { name: 'he: a name only described before it and followed by its verb is the subject (a worker named X has …)', input: 'Outside the plant, a worker named Tom Hale has nothing but praise for Carl Price, who hired him. “The atmosphere is relaxed,” he said.', quote: 'The atmosphere is relaxed', speaker: 'Tom Hale' },
  { name: 'he: a speech verb ending the sentence names its speaker (… the ablest candidate, X argues.)', input: 'Tom Hale is not only right on the port, he is also the ablest candidate Carl Price argues.\n\n“Hale is our best debater,” he says.', quote: 'Hale is our best debater', speaker: 'Carl Price' },
  { name: 'near miss: a name in a clause after "who" is no subject for the pronoun', input: 'Tom Hale took his daughter to the museum to explain who Carl Price was.\n\n“He was strong and kind,” he said.', quote: 'He was strong and kind', speaker: 'Tom Hale' },
  // A surname a man and a woman share: the pronoun picks the one whose first name agrees.
  { name: 'she: a surname a husband and wife share, the wife', input: 'Ana Hale and her husband, Tom Hale, moved to Westmere in 1990.\n\nThe town had one bakery then.\n\nIt closed in 2001.\n\nThe mill closed the year after.\n\nHale ran for the council in 2010 and lost.\n\n“I knocked on every door,” she said.', quote: 'I knocked on every door', speaker: 'Ana Hale' },
  { name: 'he: a surname a husband and wife share, the husband', input: 'Ana Hale and her husband, Tom Hale, moved to Westmere in 1990.\n\nThe town had one bakery then.\n\nIt closed in 2001.\n\nThe mill closed the year after.\n\nHale ran for the council in 2010 and lost.\n\n“I knocked on every door,” he said.', quote: 'I knocked on every door', speaker: 'Tom Hale' },
  { name: 'the surname alone names the one of two who speaks, not the husband named nearer', input: 'Ana Hale runs the bakery on Mill Street. “We bake at four,” she said.\n\nIn May, she flew home with her husband, Tom Hale.\n\n“The deal was done,” Hale told the staff.', quote: 'The deal was done', speaker: 'Ana Hale' },
  // What is no person.
  { name: 'he: a place of two words is no antecedent', input: 'Tomas Hale grew up near Cape Morrow, where the ferry stops.\n\n“The ferry was our bus,” he said.', quote: 'The ferry was our bus', speaker: 'Tomas Hale' },
  { name: 'he: a place of two words in subject position is no antecedent', input: 'Tomas Hale watched the storm from the quay. Cape Morrow lost power at noon.\n\n“We had no light at all,” he said.', quote: 'We had no light', speaker: 'Tomas Hale' },
  { name: 'he: a programme named after "told" is no antecedent', input: 'Andrew Pike told the Morning Report programme that he would not stand.\n\n“I have had enough,” he said.', quote: 'I have had enough', speaker: 'Andrew Pike' },
  { name: 'he: a compass word and a name make a place, though "North" is also a first name', input: 'Tomas Hale ran the port for a decade. North Kellshire closed it in May.\n\n“It was a mistake,” he said.', quote: 'It was a mistake', speaker: 'Tomas Hale' },
  { name: 'she: a stadium named with a woman’s first name is no antecedent', input: 'Ilse Varga remembered the final. She watched it at Laura Wells Stadium in 1971.\n\n“He always waved at me,” she said.', quote: 'He always waved', speaker: 'Ilse Varga' },
  { name: 'she: a surname two relatives share does not carry the gender learnt for one of them', input: 'Victor Brandt opened the plant. “We waited too long,” Brandt said. “It is done,” he added.\n\nIrka Brandt, his daughter, spoke next. “I have seen him work for this,” she said.', quote: 'I have seen him work', speaker: 'Irka Brandt' },
  // Reported speech before a pronoun: its speaker, not a name in what was reported.
  { name: 'he: the speaker of reported speech, not a man named after an adverbial in the clause', input: 'Carl Price, a radio host in Westmere, recalled in 2010 that before the vote, Tom Hale was not taken seriously by his listeners.\n\n“I hate to say it, but that is how it was,” he said.', quote: 'I hate to say it', speaker: 'Carl Price' },
  // Gender the article tells where no known first name does: a first name used alone, a pronoun right after the name, a title.
  { name: 'he: a first name used alone after the full name, not the man it was sold to', input: 'Tomas Hale ran the farm with his father for twenty years, through two droughts and a flood.\n\nDecades later, Tomas sold it to Carl Price, a grain trader from the coast.\n\n“I was too young to know better,” he said.', quote: 'I was too young', speaker: 'Tomas Hale' },
  { name: 'he: a name no first-name list knows, told male by "his" after it, not the earlier speaker', input: '“We cannot cut rates now,” said Carl Price, the bank’s governor.\n\nRavindra Kell, an economist at Westmere University, said his own models had missed the slowdown.\n\n“Nobody saw it coming,” he said.', quote: 'Nobody saw it coming', speaker: 'Ravindra Kell' },
  { name: 'she: a surname told female by a title paragraphs before, not an earlier woman', input: 'Mrs. Adeyemi opened the clinic in 2004.\n\nThe ward has forty beds.\n\nFunding comes from the county.\n\nDana Holt, a nurse, worked there for a decade.\n\nCarl Price, the mayor, visited on Monday. Adeyemi showed him the new ward.\n\n“We never close,” she said.', quote: 'We never close', speaker: 'Adeyemi' },
  { name: 'near miss: a pronoun after a name in an object tells nothing of it', input: 'Rachel Stone thanked Ravindra Kell, who she said had saved the port.\n\nAna Ruiz spoke after them.\n\n“It was his idea,” she said.', quote: 'It was his idea', speaker: 'Ana Ruiz' },
  { name: 'he: "Former President X" opening a sentence is its subject, not an earlier speaker', input: '“We will win this state,” said Carl Price, the governor, at a rally on Monday night.\n\nFormer President Tom Hale agreed with the analysis. In an interview that year, he was asked about the vote. “It was over in March,” he said.', quote: 'It was over in March', speaker: 'Tom Hale' },
  { name: 'he: "Senate Majority Whip X" is a person with a title, not an organisation', input: 'The bill stalled on Monday after a long debate in the chamber over the cost.\n\nSenate Majority Whip Dale Orrin (R-Okla.) blamed the other side for the delay.\n\n“I’ll tell you what shameful is,” he said.', quote: 'I’ll tell you', speaker: 'Dale Orrin' },
  // A quote inside reported words: the reporting speaker, when a pronoun there is the quote's subject.
  { name: 'a participle inside what Hale says: Hale’s words', input: 'Tom Hale says if he spent the day in Westmere he’d be doing nothing more than yelling at people on their way into the polls saying “Hey, vote for me.”', quote: 'Hey, vote for me', speaker: 'Tom Hale' },
  { name: 'a quote closing what Ruiz said the letter meant: Ruiz’s words', input: 'Ana Ruiz said the mayor’s letter saying the pier was safe meant that “if people want a safe pier, they should vote for the mayor.”', quote: 'if people want a safe pier', speaker: 'Ana Ruiz' },
  { name: 'near miss: a name inside reported words keeps its own speech verb', input: 'Some delegates feared a repeat of the 1992 convention, when Tom Brell, who had lost the vote, called for a “cultural war” against the council.', quote: 'cultural war', speaker: 'Tom Brell' },
  // A speaker stays salient, but not past a later sentence that opens with another person of the pronoun's gender.
  { name: 'he: the man a later sentence opens with, not the earlier speaker of the paragraph', input: 'Victor Varga met his adviser, Tom Hale, on Friday.\n\n“We should not do this,” Hale said.\n\nHale politely suggested that the post might be seen as rude. It went out anyway. Varga himself was delighted by the fuss. “The people who were offended were people we wanted to offend,” he later said.', quote: 'The people who were offended', speaker: 'Victor Varga' },
  { name: 'near miss: the speaker stays when the later sentence opens with someone of the other gender', input: 'Victor Varga met his adviser, Tom Hale, on Friday.\n\nHale suggested that the post might be seen as rude. Ana Ruiz was delighted by the fuss. “We wanted to offend them,” he said.', quote: 'We wanted to offend them', speaker: 'Tom Hale' },
  // A place is no person between a name and the pronoun that tells its gender.
  { name: 'he: the pastor whose “he” came after his town, not an earlier man', input: '“His father was effective,” said Eric Dole, who managed a campaign.\n\nOne pastor supporting Mr. Hale, Darran Whiting of Grace Church in Marion, said he had made many calls. He has spoken about the vote at Sunday services, he said.\n\n“Find your polling place and get there,” he tells parishioners.', quote: 'Find your polling place', speaker: 'Darran Whiting' },
  // A sentence that opens with "she" about someone keeps her in view, past a woman named as an object.
  { name: 'she: the woman a pronoun chain is about, not the wife named as an object in between', input: 'Mayor Lena Ruiz met the council on Monday.\n\nShe has faced criticism since her visit to Tom Hale and his wife, the councillor Ana Brell, in June.\n\n“The criticism is unfair,” she said.', quote: 'The criticism is unfair', speaker: 'Lena Ruiz' },
  // A full name inside an appositive still tells its surname's gender: "Varga" is a man for "he".
  { name: 'he: the man whose full name stood inside another’s appositive, not the man named after him', input: 'Ana Ruiz, who has campaigned for nominee Victor Varga since he left the race, blasted the mayor.\n\nTom Crutcher was hurt on Friday when his car stopped on the road.\n\nVarga has also commented on Crutcher’s injuries. On Wednesday, he told a crowd that he was “troubled” by the case.', quote: 'troubled', speaker: 'Varga' },
  // "with X … V-ing": an absolute clause makes the name the subject of its participle.
  { name: 'she: the woman an absolute “with X — … — lambasting” clause is about, not the earlier speaker', input: 'Some voters would pay more under the plan, according to an analysis by Lily Batch, a former tax aide.\n\nThe losses would outstrip the gains for some, said Batch.\n\nIt has become a major issue, with Hilda Ruiz — who has called for higher taxes on the rich — lambasting the plan.\n\n“It is trickle-down economics all over again,” she said in the debate.', quote: 'It is trickle-down economics', speaker: 'Hilda Ruiz' },
  { name: 'near miss: “with X during …” is no absolute clause', input: 'Some voters would pay more under the plan, according to an analysis by Lily Batch, a former tax aide.\n\nThe losses would outstrip the gains for some, said Batch. She met with Hilda Ruiz during the recess.\n\n“It is trickle-down economics all over again,” she said.', quote: 'It is trickle-down economics', speaker: 'Lily Batch' },
  // A quote inside a quote: the outer speaker.
  { name: 'the outer speaker of a quote that reports someone else', input: 'Rachel Stone left the meeting early.\n\n“He actually told us the pier was safe,” she said.', quote: 'He actually told us', speaker: 'Rachel Stone' },
];

const tags: Row[] = [
  // Party and state tags as news agencies write them, set off by commas (the stops are the tag's).
  { name: 'Name, R-Xx., said: the tag with a state abbreviation', input: '“We will not back down,” Sen. Tom Hale, R-Ky., said on Tuesday.', quote: 'We will not back down', speaker: 'Tom Hale' },
  { name: 'Name, D-X.Y., said: the tag with a state of two initials', input: 'Rep. Ann Cole, D-N.Y., said the bill was “dead on arrival.”', quote: 'dead on arrival', speaker: 'Ann Cole' },
  // A name set off as a description's appositive, with where the person is from.
  { name: 'a role, then the name with its church and town, said: the name', input: 'One pastor supporting Mr. Hale, Darran Whiting of Grace Baptist Church in Marion, said he had made “more than 150 calls” to other pastors.', quote: 'more than 150 calls', speaker: 'Darran Whiting' },
  // A hometown and its state's abbreviation, even one that is also a degree ("Md." for Maryland, "MD" for a doctor).
  { name: 'Name, age, of Town, Md., who …, said: the resident, not the town', input: 'Mara Fenn, 59, of Ashton, Md., who watched the parade on a screen, said it brought back “all the people who came before us.”', quote: 'all the people', speaker: 'Mara Fenn' },
  { name: 'Name, a role, of Town, Md., said: the resident', input: 'Tom Reyes, a nurse, of Dayton, Md., said the new clinic was “long overdue.”', quote: 'long overdue', speaker: 'Tom Reyes' },
];

const appositives: Row[] = [
  { name: 'a possessive role, a comma, then role words and the name: the name speaks, not the owner', input: '“It is about time,” said Tom Hale’s wife, actress Ana Ruiz.', quote: 'It is about time', speaker: 'Ana Ruiz' },
  { name: 'a description, a comma, then role words and the name', input: '“We start at noon,” said her introducer, former senator Ana Ruiz.', quote: 'We start at noon', speaker: 'Ana Ruiz' },
  // Appositives that hold other names: the name before the first comma speaks.
  { name: 'X, role of Org, an Org description, wrote: X', input: 'Leo Fenn, editor at large of The Westmere Forward, an influential paper for sailors, wrote, “We should think of the old war.”', quote: 'We should think', speaker: 'Leo Fenn' },
  { name: 'X, the Y who heads Org, which …, said: X', input: 'Senator Leo Fenn, the Kellshire Republican who heads the Senate Harbour Committee, which oversees the port, said the donations “call into question the independence” of the bank.', quote: 'call into question', speaker: 'Leo Fenn' },
  { name: 'X, director of Org, a union that …, also said: X', input: 'Ana Ruiz, executive director of Harbour Workers United, a union that has endorsed Mr. Hale, also said her group planned to “take part” in the march.', quote: 'take part', speaker: 'Ana Ruiz' },
  { name: 'X, a salesman from Town, Compass Region, says: X, not the region', input: 'Dean Brell, a 55-year-old salesman from Sumter, South Kellshire, says Hale will “leave here with momentum.”', quote: 'leave here', speaker: 'Dean Brell' },
  { name: 'X, a Town, St., rabbi …, said: X, not the abbreviated state', input: 'Jon Salk, a Westmere, Fla., rabbi helping to organize the walkout, said the rabbis were “alarmed” by the speech.', quote: 'alarmed', speaker: 'Jon Salk' },
  { name: 'near miss: an opening phrase with its own appositive, then the subject', input: 'In an article on the website, the Harbour Paper, and widely shared online, Shen Lo, a doctoral student at Westmere University, urged readers not to call the plan “crazy and stupid.”', quote: 'crazy and stupid', speaker: 'Shen Lo' },
  { name: 'near miss: a name right after the opening phrase is the subject', input: 'In the call, Kellshire Rep. Leo Fenn, who was elected in 2010, casts Hale as a liberal who would “unravel” the port policy.', quote: 'unravel', speaker: 'Leo Fenn' },
];

const descriptions: Row[] = [
  // A description resolves to the one person it can refer to (issue 16).
  { name: 'the coach: the one person named', input: 'Marsh said the team would rest on Sunday. “We need it,” the coach said.', quote: 'We need it', speaker: 'Marsh' },
  { name: 'the senator: the one person named, in the paragraph before', input: 'Alma Ruiz voted against the bill on Tuesday.\n\n“It was rushed,” the senator said.', quote: 'It was rushed', speaker: 'Alma Ruiz' },
  { name: 'the coach: no resolution when two people could be meant', input: 'Marsh and Bell said the team would rest on Sunday. “We need it,” the coach said.', quote: 'We need it', speaker: null },
  { name: 'the Place senator: a role with modifiers, the one person named', input: 'Sen. Oren Pike says he is ready for a fight at the convention.\n\nThe Kellshire senator told reporters that there are “a lot of very good” provisions in the draft.', quote: 'a lot of very good', speaker: 'Oren Pike' },
  { name: 'the former Party presidential candidate: the one person named', input: 'The plan will work, Tomas Brell said on Monday.\n\nThe former Green presidential candidate continued, saying, “You need somebody who understands the harbour.”', quote: 'You need somebody', speaker: 'Tomas Brell' },
  { name: 'near miss: a role with modifiers and two people in reach', input: 'Ilse Varga spoke first, then Oren Pike.\n\nThe Kellshire senator told reporters that there are “a lot of very good” provisions in the draft.', quote: 'a lot of very good', speaker: null },
  { name: 'the Capitalised Words: a body, though no organisation word says so', input: 'According to the Westmere Courier, the pier is “beyond repair.”', quote: 'beyond repair', speaker: 'Westmere Courier' },
  { name: 'the former president: the president, not the vice president named nearer', input: 'Former President Carl Price campaigned in the north on Monday.\n\nVice President Tom Hale spoke first, praising the plan.\n\n“They have never built anything,” the former president said.', quote: 'They have never built', speaker: 'Carl Price' },
  { name: 'the spokeswoman: the named spokeswoman, not the minister she speaks for', input: 'Lena Ford, a spokeswoman for Minister Paul Egan, answered the letter.\n\n“The minister has no comment,” the spokeswoman said.', quote: 'The minister has no comment', speaker: 'Lena Ford' },
];

const names: Row[] = [
  // A capitalised word that opens a sentence is not a name.
  { name: 'a time phrase opening the sentence is no speaker: Hours later, X …, telling …', input: 'Hours later, Dana Webb returned the favour, telling the paper, “He is a friend and a good man.”', quote: 'He is a friend', speaker: 'Dana Webb' },
  { name: 'a participle opening the sentence is no speaker: Surveying …, X concludes:', input: 'Surveying the empty mills, Ross Tanner concludes: “Nobody did this to them.”', quote: 'Nobody did this', speaker: 'Ross Tanner' },
  { name: 'a number opening the sentence is no speaker: Eight years ago, he … and said', input: 'Ana Pell has run twice. Eight years ago, she backed the mayor and said, “He will fix the roads.”', quote: 'He will fix the roads', speaker: 'Ana Pell' },
  { name: 'a joke cracked before its quote: X cracked, “…”', input: 'During their first debate, Ana Ruiz cracked, “I am a builder, but a builder who likes to finish things.”', quote: 'I am a builder', speaker: 'Ana Ruiz' },
  { name: 'a dry answer: X deadpanned, “…”', input: 'Asked about the report, Tom Hale deadpanned, “I have read it twice.”', quote: 'I have read it twice', speaker: 'Tom Hale' },
  { name: 'an abbreviated military title is no part of the name: Adm.', input: '“We will hold the strait,” said Adm. Carl Price.', quote: 'We will hold the strait', speaker: 'Carl Price' },
  // A clause after a name's comma is no appositive: "As Hale attacked Ruiz, the attendees chanted, “…”" is the crowd's.
  { name: 'a crowd chanting after a name and a comma is no description of that name', input: '“This is the legacy of Ana Ruiz: failure and weakness,” he said.\n\nAs Hale attacked Ruiz, the attendees chanted, “Lock her up!” as they had for earlier speakers.', quote: 'Lock her up!', speaker: null },
  // A speech noun after a possessive and its adjective is no verb: the speaker is the subject of "said" before it.
  { name: 'X said in her opening remarks that … “…”: X, not the remarks', input: 'Ana Ruiz said in her opening remarks that the platform should restate the party’s support for its “stalwart allies,” naming Kellshire.', quote: 'stalwart allies', speaker: 'Ana Ruiz' },
  // An office ending in an agency's word, before the name: the person holds it ("Secretary of … Services Ana Ruiz").
  { name: 'Secretary of Health and Human Services X said: X, not "Human Services X"', input: 'Secretary of Health and Harbour Services Ana Ruiz said the plan was “sound.”', quote: 'sound', speaker: 'Ana Ruiz' },
  { name: 'near miss: Undersecretary for Harbour Services X, then “she wrote”: X', input: 'Tom Brell replied to a note from Undersecretary for Harbour Services Ana Ruiz. “The ferry left,” she wrote.', quote: 'The ferry left', speaker: 'Ana Ruiz' },
  // A noun between two names: "Westmere pollster Ann Cole", "Reyes spokesman Tom Hale".
  { name: 'said Place role Name: the person, not the place', input: '“Turnout will be low,” said Westmere pollster Ann Cole.', quote: 'Turnout will be low', speaker: 'Ann Cole' },
  { name: 'said Name noun Name: a noun that is no role word, before a full name', input: '“We expected the result,” said Reyes ally Tom Hale.', quote: 'We expected the result', speaker: 'Tom Hale' },
  { name: 'near miss: a verb between two names is no role (X handed Y …, declaring)', input: 'Ana Pell handed Tom Hale the keys on Friday, declaring him “the best man for the job”.', quote: 'the best man for the job', speaker: 'Ana Pell' },
  { name: 'said Name’s role of four words Name: the aide, not the one he works for', input: '“It is a disgrace,” said Varga’s top foreign policy aide Leo Fenn.', quote: 'It is a disgrace', speaker: 'Leo Fenn' },
  // "Senator X, Republican of Y," (a party noun set off like a role): no body for a later "they".
  { name: 'Name, Republican of Place, and Name: the party word is no group that writes', input: 'Critics of the visa program, like Senators Tom Hale, Republican of Kellshire, and Ana Ruiz, Democrat of Westmere, see renewal as a chance to fix it. They sent a letter on Thursday.\n\n“The program has become plagued by fraud,” they wrote.', quote: 'The program has become', speaker: null },
  { name: 'said Name’s role, Name, who …: the manager named after a comma', input: '“We are treating it as one long day,” said Varga’s deputy campaign manager, Leo Fenn, who ran the count in 2012.', quote: 'We are treating it', speaker: 'Leo Fenn' },
  { name: 'said Name’s-campaign role Name: the spokesman, not the candidate', input: '“We expected the result,” said Reyes campaign spokesman Tom Hale.', quote: 'We expected the result', speaker: 'Tom Hale' },
];

describe('resolution: pronouns', () => {
  test.each(pronouns.map((r) => [r.name, r] as const))('%s', (_n, row) => void check(row));
});
describe('resolution: party and state tags', () => {
  test.each(tags.map((r) => [r.name, r] as const))('%s', (_n, row) => void check(row));
});

describe('resolution: nested appositives', () => {
  test.each(appositives.map((r) => [r.name, r] as const))('%s', (_n, row) => void check(row));
});

describe('resolution: descriptions', () => {
  test.each(descriptions.map((r) => [r.name, r] as const))('%s', (_n, row) => void check(row));
});
describe('resolution: what is no name', () => {
  test.each(names.map((r) => [r.name, r] as const))('%s', (_n, row) => void check(row));
});

// One article's names must not change how the next article is read (the folded names are cached
// across articles): a bare role ("the coach said") resolved where a surname and the full name
// are both in reach must leave the surname's folded form as it was.
describe('resolution: articles are independent', () => {
  const first = 'Tom Hale coached the team for ten years. Hale retired in May.\n\n“We never lost at home,” the coach said.';
  const second = 'Ana Hale runs the harbour office.\n\n“The ferry will sail on Monday,” said Hale.';
  test('the second article reads the same after the first', () => {
    const alone = JSON.stringify(analyze({ text: second }));
    analyze({ text: first });
    const after = JSON.stringify(analyze({ text: second }));
    expect(after).toBe(alone);
    expect(analyze({ text: second }).quotes[0]?.speaker).toBe('Ana Hale');
  });
});
