// Who the speakers are: description forms, category rules, unnamed sources and
// what counts as a name, in English, Spanish and French. Every sentence is made
// up; none is taken from a real article.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../utils/analyze';
import type { Analysis, Category } from '../utils/types';

const run = (text: string) => analyze({ text });
const byName = (a: Analysis, name: string) => a.speakers.find((s) => s.name === name);

/** [why, text, speaker, description, category] */
type Row = [string, string, string, string | null, Category];

const descriptionsEn: Row[] = [
  ['title before the name', '“The bridge stays open,” Harbour Minister Idris Kell said.', 'Idris Kell', 'Harbour Minister', 'official'],
  ['nationality and title before the name', '“Our borders are safe,” Veldorian President Anka Moss said on Monday.', 'Anka Moss', 'Veldorian President', 'official'],
  ['title before the name and a home state after it', '“We will pass the bill,” Senate Majority Leader Tom Harrow of Kentucky said.', 'Tom Harrow', 'Senate Majority Leader, of Kentucky', 'official'],
  ['apposition after the name', '“The cracks are new,” said Jane Marsh, a professor of engineering at Westmere University.', 'Jane Marsh', 'a professor of engineering at Westmere University', 'expert'],
  ['X of an organisation with a possessive inside', '“The two men get on well,” said Dr Ravi Menon of Veldoria’s Institute for Strategic Studies.', 'Ravi Menon', 'of Veldoria’s Institute for Strategic Studies', 'expert'],
  ['“who is” opens the role', '“Rates will fall,” said Tom Hale, who is a senior analyst at Brantwood Capital.', 'Tom Hale', 'a senior analyst at Brantwood Capital', 'expert'],
  ['several roles joined', '“This is a test of will,” said Ines Varro, a senior fellow at the Harbour Institute and a former ambassador to Chile.', 'Ines Varro', 'a senior fellow at the Harbour Institute and a former ambassador to Chile', 'expert'],
  [
    'a title before the name never takes the sentence’s own words',
    'The mayor spoke warmly about harbour minister Idris Kell on Monday.\n\n“The bridge stays open,” Kell said.',
    'Idris Kell', 'harbour minister', 'official',
  ],
  ['an occupation capitalised where it opens the sentence is no part of the name', 'Comedian Sara Quist said the show was over.\n\n“It was fun,” Quist said.', 'Sara Quist', 'Comedian', 'other'],
  ['near miss: a first name that is also an occupation stays the name', '“It was fun,” said Hunter Ray Quist.', 'Hunter Ray Quist', null, 'other'],
  [
    'a title before the name never takes the sentence’s verb',
    'The mayor castigated harbour minister Idris Kell on Monday.\n\n“The bridge stays open,” Kell said.',
    'Idris Kell', 'harbour minister', 'official',
  ],
  ['near miss: a compound before the role stays', 'Award-winning reporter Lena Roth spoke first.\n\n“It was a long night,” Roth said.', 'Lena Roth', 'Award-winning reporter', 'other'],
  ['a country’s possessive is no description', '“We are old friends,” Veldoria’s Anka Moss said.', 'Anka Moss', null, 'other'],
  ['never a colleague’s role', 'Jane Marsh worked late with her secretary, Ella Fenn, on the report.\n\n“The data are clear,” Marsh said.', 'Jane Marsh', null, 'other'],
  ['the organisation’s own appositive stays with the role', '“Deficits matter,” said Leo Brandt, policy director at the Fund for Sound Budgets, a research and advocacy organization.', 'Leo Brandt', 'policy director at the Fund for Sound Budgets, a research and advocacy organization', 'expert'],
  ['an occupation capitalised as a title before a first name and a surname', '“The fire is out,” said Reporter Jomana Osk.', 'Jomana Osk', 'Reporter', 'other'],
  ['… after the place it serves', '“We will appeal,” said Harbour County Recorder Lena Varga.', 'Lena Varga', 'Harbour County Recorder', 'official'],
  ['near miss: a first name that is an occupation too keeps the particle after it', '“The port stays ours,” said Marine Le Bras.', 'Marine Le Bras', null, 'other'],
];

const categoriesEn: Row[] = [
  ['head of state', '“We will not yield,” said Anka Moss, the president of Veldoria.', 'Anka Moss', 'the president of Veldoria', 'official'],
  ['spokesperson for a ministry', '“The talks continue,” said Ella Fenn, a spokeswoman for the Foreign Ministry.', 'Ella Fenn', 'a spokeswoman for the Foreign Ministry', 'official'],
  ['police officer', '“Two men were arrested,” said Detective Inspector Carl Brook.', 'Carl Brook', 'Detective Inspector', 'official'],
  ['executive speaking for the company', '“Our sales rose,” said Mira Stone, chief executive of Corvina Foods.', 'Mira Stone', 'chief executive of Corvina Foods', 'official'],
  ['an academic with an administrative title', '“Funding is falling,” said Omar Reyes, head of the physics department at Westmere University.', 'Omar Reyes', 'head of the physics department at Westmere University', 'expert'],
  ['a dean is an academic', '“Applications doubled,” said Lena Roth, dean of the law school at Kellan University.', 'Lena Roth', 'dean of the law school at Kellan University', 'expert'],
  ['a market analyst', '“Investors are nervous,” said Paul Grant, a market strategist at Harbor Securities.', 'Paul Grant', 'a market strategist at Harbor Securities', 'expert'],
  ['the head of an investment firm quoted for his view', '“The market is overheated,” said Sam Ortiz, managing director at Brantwood Capital Management.', 'Sam Ortiz', 'managing director at Brantwood Capital Management', 'expert'],
  ['a pollster', '“Voters have moved,” said Ruth Kane, a pollster with Civic Research.', 'Ruth Kane', 'a pollster with Civic Research', 'expert'],
  ['a former official quoted for analysis', '“The treaty is fragile,” said Hugo Lind, a former ambassador to Veldoria.', 'Hugo Lind', 'a former ambassador to Veldoria', 'expert'],
  ['an epidemiologist, from the generated role table', '“Cases are rising,” said Nora Quist, an epidemiologist.', 'Nora Quist', 'an epidemiologist', 'expert'],
  ['a legislator, from the generated role table', '“The bill is dead,” said Ben Ash, a state assemblyman.', 'Ben Ash', 'a state assemblyman', 'official'],
  ['a party committeewoman', '“The rules stand,” said Ada Pell, a national committeewoman from Kellshire.', 'Ada Pell', 'a national committeewoman from Kellshire', 'official'],
  ['a superdelegate', '“I have not decided,” said Ben Ash, a Kellshire superdelegate.', 'Ben Ash', 'a Kellshire superdelegate', 'official'],
  ['a front-runner, hyphenated', '“We are ahead,” said Ana Ruiz, the Unity Party front-runner.', 'Ana Ruiz', 'the Unity Party front-runner', 'official'],
  ['a campaign co-chair', '“Turnout will decide it,” said Omar Reyes, a national co-chair of the campaign.', 'Omar Reyes', 'a national co-chair of the campaign', 'official'],
  ['an English professor is an academic (WordNet files him under teachers)', '“The speech was plain,” said Lena Roth, an English professor at Kellan University.', 'Lena Roth', 'an English professor at Kellan University', 'expert'],
  ['a relation first, then an office', '“We saw it coming,” said Ada Pell, a longtime friend and adviser to the governor.', 'Ada Pell', 'a longtime friend and adviser to the governor', 'official'],
  ['a supporter and a professor', '“The numbers are soft,” said Omar Reyes, a Unity Party supporter and professor of statistics.', 'Omar Reyes', 'a Unity Party supporter and professor of statistics', 'expert'],
  ['a relation whose of-phrase runs on keeps its category', '“He was kind,” said Lena Roth, the daughter of a senator and a judge.', 'Lena Roth', 'the daughter of a senator and a judge', 'other'],
  ['a spokesman for a research body speaks for it', '“The study stands,” said Omar Reyes, a spokesman for the Harbour Research Center.', 'Omar Reyes', 'a spokesman for the Harbour Research Center', 'official'],
  ['a former governor is a politician still', '“We will carry the state,” said Ana Ruiz, the former governor of Kellshire.', 'Ana Ruiz', 'the former governor of Kellshire', 'official'],
  ['near miss: a former company president speaks from experience', '“Sales will recover,” said Tom Hale, a former president of Corvina Foods.', 'Tom Hale', 'a former president of Corvina Foods', 'expert'],
  [
    'a former adviser the article places in today’s campaign is a politician',
    'Ana Ruiz, a former adviser to the mayor, is running in the primary. Ruiz’s campaign opened an office on Monday.\n\nVoters in the north know Ruiz well.\n\n“We will win,” Ruiz said at the rally.',
    'Ana Ruiz', 'a former adviser to the mayor', 'official',
  ],
  ['a resident', '“The water came up to the door,” said Tessa Bryn, a resident of the quay.', 'Tessa Bryn', 'a resident of the quay', 'other'],
  ['an athlete', '“I felt strong today,” said Kai Moreno, a sprinter.', 'Kai Moreno', 'a sprinter', 'other'],
  ['a company speaking as itself', '“We reject the claims,” said Corvina Foods, which runs the ferries.', 'Corvina Foods', 'which runs the ferries', 'organization'],
  ['an armed force speaking as itself', '“Two drones were shot down,” the Veldorian Army said.', 'Veldorian Army', null, 'organization'],
  [
    'a politician the article names bare, its sentences about her campaign',
    'Ana Ruiz won the primary in Kellshire on Tuesday. Ruiz’s campaign had spent heavily there.\n\nVoters in the north backed Ruiz by a wide margin.\n\n“We will win in November,” Ruiz said at the rally.',
    'Ana Ruiz', null, 'official',
  ],
  [
    'named bare, but only two sentences about politics',
    'Ana Ruiz watched the debate from a bar near the harbour.\n\n“I never miss one,” said Ruiz. The bar stayed open late.\n\nRuiz voted early, she said.',
    'Ana Ruiz', null, 'other',
  ],
  ['a front-runner, in one word', '“We are ahead,” said Ana Ruiz, the Unity Party frontrunner.', 'Ana Ruiz', 'the Unity Party frontrunner', 'official'],
  [
    'named bare once, but the article speaks of her campaign',
    '“We will win in November,” said Ana Ruiz.\n\nThe Ruiz campaign opened two offices in the north on Monday.',
    'Ana Ruiz', null, 'official',
  ],
  [
    'named bare once, her surname before a word of politics in a possessive',
    '“The port will reopen,” said Ana Ruiz on Monday.\n\nThe bill had been a goal of Ruiz’s administration for years.',
    'Ana Ruiz', null, 'official',
  ],
  [
    'near miss: another person shares the surname, so the campaign may be his',
    '“We will win in November,” said Lena Ruiz.\n\nThe Ruiz campaign opened two offices on Monday, Tom Ruiz said.',
    'Lena Ruiz', null, 'other',
  ],
  ['an agent for hire speaks for no office', '“Prices are falling,” said Ana Ruiz, a real estate agent in Dunmore.', 'Ana Ruiz', 'a real estate agent in Dunmore', 'other'],
  ['a county clerk speaks for the county', '“The ballots are counted,” said Tom Hale, the Kellshire county clerk.', 'Tom Hale', 'the Kellshire county clerk', 'official'],
  ['a curator speaks from expertise', '“The vase is Roman,” said Lena Roth, a curator at the Harbour Museum.', 'Lena Roth', 'a curator at the Harbour Museum', 'expert'],
  ['a country of two words speaks for its government', 'South Africa said on Monday that the talks with the miners would resume in May.', 'South Africa', null, 'organization'],
  ['a firm named for its trade is an organisation', 'Sales of the brand fell by a third last year, according to Harwell Research.', 'Harwell Research', null, 'organization'],
  [
    'politics all around, but the role the article gives decides',
    'Tessa Bryn, a painter, has followed the campaign. Bryn said voters were tired.\n\nBryn went to the rally on Friday.\n\n“The candidates all sound alike,” Bryn said after the debate.',
    'Tessa Bryn', 'a painter', 'other',
  ],
];

const rowsEs: Row[] = [
  ['título antes del nombre', '«El puente sigue abierto», dijo el ministro de Puertos, Ramón Ferrer.', 'Ramón Ferrer', 'ministro de Puertos', 'official'],
  ['aposición', '«Los datos son claros», afirmó Lucía Prado, profesora de economía en la Universidad de Tarsa.', 'Lucía Prado', 'profesora de economía en la Universidad de Tarsa', 'expert'],
  ['académico con cargo administrativo', '«Faltan fondos», señaló Andrés Vidal, director del departamento de física de la Universidad de Tarsa.', 'Andrés Vidal', 'director del departamento de física de la Universidad de Tarsa', 'expert'],
  ['portavoz', '«Seguimos negociando», dijo Marta Gil, portavoz del Ministerio de Exteriores.', 'Marta Gil', 'portavoz del Ministerio de Exteriores', 'official'],
  ['analista', '«Los mercados están nerviosos», dijo Pablo Ruiz, analista de Banco Tarsa.', 'Pablo Ruiz', 'analista de Banco Tarsa', 'expert'],
  ['vecina', '«El agua llegó a la puerta», contó Rosa Díaz, vecina del puerto.', 'Rosa Díaz', 'vecina del puerto', 'other'],
];

const rowsFr: Row[] = [
  ['titre avant le nom', '« Le pont reste ouvert », a déclaré le ministre des Transports, Paul Mercier.', 'Paul Mercier', 'ministre des Transports', 'official'],
  ['apposition', '« Les données sont claires », a expliqué Claire Dubois, professeure d’économie à l’université de Varenne.', 'Claire Dubois', 'professeure d’économie à l’université de Varenne', 'expert'],
  ['universitaire avec un titre administratif', '« Les crédits baissent », a dit Luc Garnier, directeur du département de physique de l’université de Varenne.', 'Luc Garnier', 'directeur du département de physique de l’université de Varenne', 'expert'],
  ['porte-parole', '« Les discussions continuent », a dit Anne Roux, porte-parole du ministère.', 'Anne Roux', 'porte-parole du ministère', 'official'],
  ['économiste', '« La croissance ralentit et les salaires ne suivent pas », a expliqué Marc Lemaire, économiste à la Banque de Varenne.', 'Marc Lemaire', 'économiste à la Banque de Varenne', 'expert'],
  ['habitante', '« L’eau est montée jusqu’à la porte », a raconté Julie Perrin, habitante du quartier.', 'Julie Perrin', 'habitante du quartier', 'other'],
];

describe.each([
  ['English description forms', descriptionsEn],
  ['English category rules', categoriesEn],
  ['Spanish', rowsEs],
  ['French', rowsFr],
])('who: %s', (_name, rows) => {
  test.each(rows)('%s', (_why, text, name, description, category) => {
    const s = byName(run(text), name);
    expect(s, `${name} among ${run(text).speakers.map((x) => x.name).join(', ')}`).toBeDefined();
    expect(s!.description).toBe(description);
    expect(s!.category).toBe(category);
  });
});

describe('who: captions the reader view drops', () => {
  test('a figure caption gives the role of a speaker the body names without one', () => {
    const html = `<!doctype html><html lang="en"><head><title>Summit</title></head><body><article>
      <h1>Two leaders meet at the summit</h1>
      <figure><img src="a.jpg" alt=""><figcaption>Veldorian President Anka Moss greets Marnish Premier Olek Vance in Port Tarsa</figcaption></figure>
      <p>Anka Moss welcomed Olek Vance to the capital on Friday, and the two spent the morning in talks about trade and the shared border.</p>
      <p>“We are old friends and we will stay friends,” Ms Moss said after the meeting, standing beside her guest in the palace garden.</p>
      <p>“Our countries need each other more than ever before,” Mr Vance said, adding that a new trade agreement could be signed within the year.</p>
      <p>Both leaders are expected to attend the regional summit next week, where the border question will again be on the agenda.</p>
    </article></body></html>`;
    const { document } = parseHTML(html);
    const a = analyze(document as unknown as Document);
    expect(byName(a, 'Anka Moss')).toMatchObject({ description: 'Veldorian President', category: 'official' });
    expect(byName(a, 'Olek Vance')).toMatchObject({ description: 'Marnish Premier', category: 'official' });
  });
});

/** [why, text, description, category, anonymity] */
type UnnamedRow = [string, string, string, Category, string | null];

const unnamed: UnnamedRow[] = [
  ['asked not to be named, with a reason', '“We expect a challenge,” a council spokesperson, who asked not to be named because the case may reach the courts, said.', 'a council spokesperson', 'official', 'the case may reach the courts'],
  ['spoke on condition of anonymity', '“The deal is close,” said a senior official who spoke on condition of anonymity.', 'a senior official', 'official', 'spoke on condition of anonymity'],
  ['not authorised to speak publicly', '“The talks have stalled,” said a diplomat who was not authorised to speak publicly.', 'a diplomat', 'official', 'not authorised to speak publicly'],
  ['speaking on condition of anonymity because …', '“There will be no vote,” a party aide said, speaking on condition of anonymity because the plan is secret.', 'a party aide', 'official', 'the plan is secret'],
  ['bare plural with a place as modifier', '“The strike hit its target,” American officials said.', 'American officials', 'official', null],
  ['an unnamed resident', '“The water came up to the door,” one resident said.', 'one resident', 'other', null],
  ['an unnamed analyst', '“Prices will rise,” said an analyst at a Kellan bank.', 'an analyst at a Kellan bank', 'expert', null],
  ['es: pidió no ser identificado', '«Habrá recurso», dijo un portavoz municipal, que pidió no ser identificado.', 'un portavoz municipal', 'official', 'pidió no ser identificado'],
  ['es: bajo condición de anonimato', '«El acuerdo está cerca», afirmó un alto funcionario bajo condición de anonimato.', 'un alto funcionario', 'official', 'bajo condición de anonimato'],
  ['fr: sous couvert d’anonymat', '« L’accord est proche », a déclaré un diplomate sous couvert d’anonymat.', 'un diplomate', 'official', 'sous couvert d’anonymat'],
  ['fr: qui a requis l’anonymat', '« Le dossier est vide », a dit un enquêteur, qui a requis l’anonymat.', 'un enquêteur', 'official', 'a requis l’anonymat'],
];

describe('who: unnamed sources', () => {
  test.each(unnamed)('%s', (_why, text, description, category, anonymity) => {
    const a = run(text);
    const q = a.quotes.find((x) => x.kind !== 'indirect');
    expect(q?.speaker).toBeNull();
    expect(q?.speakerId).toBeNull();
    expect(q?.unnamedSourceId).toBeDefined();
    const u = a.unnamedSources!.find((x) => x.id === q!.unnamedSourceId);
    expect(u).toMatchObject({ description, category, anonymity, quoteCount: 1 });
    expect(a.speakers.map((s) => s.name)).toEqual([]);
  });

  test('a later definite description of the same kind is the same source', () => {
    const a = run('“We expect a challenge,” a council spokesperson said.\n\n“The contract will be signed,” the spokesperson added.');
    expect(a.unnamedSources ?? []).toHaveLength(1);
    expect(a.unnamedSources![0]).toMatchObject({ id: 'u1', quoteCount: 2 });
  });
});

/** [why, text, names that must not be speakers, speaker expected (or null)] */
const names: [string, string, string[], string | null][] = [
  ['a headline fragment that ends in a verb', 'Chief Executive Steps Down\n\n“I leave with pride,” Mara Quell said.', ['Chief Executive Steps Down', 'Steps Down'], 'Mara Quell'],
  ['a specification keyword', 'A client MAY send the header. The server “MUST ignore it” when it is empty, SHOULD say so.', ['MAY', 'SHOULD', 'MUST'], null],
  ['a sentence adverb', 'Anyway, “that is the plan,” as the saying goes.', ['Anyway'], null],
  ['a name that starts inside New Zealand', '“The birds are back,” the New Zealand Department of Conservation said.', ['Zealand Department of Conservation'], 'New Zealand Department of Conservation'],
  // Words listed as no name (a modal, a verb, a month) that are also first names or surnames.
  ['a first name that is also a modal, before a surname', '“The budget is a mess,” said Will Tanner, a professor of economics at Eastfield.', [], 'Will Tanner'],
  ['a surname that is also a verb, before a finite speech verb', 'Ian Read runs the ferry line.\n\n“We will not sell the harbour,” Read said.', [], 'Ian Read'],
  ['a surname that is also a modal, after a first name', 'Paul Will, a columnist, wrote about the vote. “The council has lost its way,” Paul Will wrote.', [], 'Paul Will'],
  ['a surname that is also a modal, alone after a comma', 'Paul Will, a columnist, wrote about the vote.\n\nAfter the debate, Will described the mayor as “a caricature of a leader.”', [], 'Paul Will'],
  ['the month is no name', 'In May, Tomas Brell said the plan was “dead on arrival.”', ['May', 'May Tomas Brell'], 'Tomas Brell'],
  ['the modal opening a quoted question is no name', '“Will Congress act?” asked Tomas Brell.', ['Will Congress', 'Will'], 'Tomas Brell'],
];

describe('who: names are whole and real', () => {
  test.each(names)('%s', (_why, text, banned, expected) => {
    const a = run(text);
    for (const b of banned) expect(a.speakers.map((s) => s.name)).not.toContain(b);
    if (expected) expect(a.speakers.map((s) => s.name)).toContain(expected);
  });

  test('“née” joins a maiden name to the same speaker', () => {
    const a = run('Jane Doe, née Smith, opened the bakery in 1990.\n\n“We never closed, not even in the flood,” Ms Smith said.');
    expect(a.speakers.map((s) => s.name)).toEqual(['Jane Doe']);
    expect(a.speakers[0]!.aliases).toEqual(expect.arrayContaining(['Ms Smith']));
  });
});
