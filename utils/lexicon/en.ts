// English lexicon: data only. Every list here is about the language and the
// conventions of news writing, never about a particular article.
import { NOT_NAME_WORDS, WORDS } from './en-words';
import { CLASS_SPEECH_VERBS, LEARNT_SPEECH_VERBS, SPEECH_ACTS } from './en-cues';
import type { Lexicon } from './types';

/**
 * Speech and attribution verbs, by lemma, with their inflected forms. The
 * strength says how surely the verb reports words: 1 = reports speech or
 * writing ("said"), 0.6 = reports a stance that is often quoted ("believes").
 */
const SPEECH_VERBS: Record<string, { forms: string[]; strength: number }> = {
  // Where the bare form is as often a noun ("a note", "the report", "his claims"),
  // only the past forms are listed: they are verbs.
  // The neutral core of news attribution.
  say: { forms: ['say', 'says', 'said', 'saying'], strength: 1 },
  tell: { forms: ['tell', 'tells', 'told', 'telling'], strength: 1 },
  add: { forms: ['add', 'adds', 'added', 'adding'], strength: 1 },
  write: { forms: ['write', 'writes', 'wrote', 'writing', 'written'], strength: 1 },
  state: { forms: ['stated', 'stating'], strength: 1 },
  // Manner of speaking.
  explain: { forms: ['explain', 'explains', 'explained', 'explaining'], strength: 1 },
  note: { forms: ['noted', 'noting'], strength: 0.9 },
  argue: { forms: ['argue', 'argues', 'argued', 'arguing'], strength: 1 },
  warn: { forms: ['warn', 'warns', 'warned', 'warning'], strength: 1 },
  insist: { forms: ['insist', 'insists', 'insisted', 'insisting'], strength: 1 },
  acknowledge: { forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], strength: 1 },
  concede: { forms: ['concede', 'concedes', 'conceded', 'conceding'], strength: 1 },
  recall: { forms: ['recall', 'recalls', 'recalled', 'recalling'], strength: 0.9 },
  declare: { forms: ['declare', 'declares', 'declared', 'declaring'], strength: 1 },
  announce: { forms: ['announce', 'announces', 'announced', 'announcing'], strength: 1 },
  claim: { forms: ['claimed', 'claiming'], strength: 1 },
  admit: { forms: ['admit', 'admits', 'admitted', 'admitting'], strength: 1 },
  agree: { forms: ['agree', 'agrees', 'agreed', 'agreeing'], strength: 0.8 },
  ask: { forms: ['ask', 'asks', 'asked', 'asking'], strength: 1 },
  answer: { forms: ['answered'], strength: 1 },
  reply: { forms: ['replied', 'replying'], strength: 1 },
  respond: { forms: ['respond', 'responds', 'responded', 'responding'], strength: 1 },
  comment: { forms: ['commented', 'commenting'], strength: 1 },
  remark: { forms: ['remarked', 'remarking'], strength: 1 },
  observe: { forms: ['observe', 'observes', 'observed', 'observing'], strength: 0.8 },
  continue: { forms: ['continue', 'continues', 'continued', 'continuing'], strength: 0.8 },
  suggest: { forms: ['suggest', 'suggests', 'suggested', 'suggesting'], strength: 0.9 },
  predict: { forms: ['predict', 'predicts', 'predicted', 'predicting'], strength: 0.9 },
  promise: { forms: ['promised', 'promising'], strength: 0.9 },
  vow: { forms: ['vow', 'vows', 'vowed', 'vowing'], strength: 1 },
  pledge: { forms: ['pledged', 'pledging', 'pledges'], strength: 0.9 },
  urge: { forms: ['urge', 'urges', 'urged', 'urging'], strength: 0.9 },
  call: { forms: ['called', 'calling', 'calls'], strength: 0.7 }, // "called it “a disgrace”"
  describe: { forms: ['describe', 'describes', 'described', 'describing'], strength: 0.8 },
  accuse: { forms: ['accuse', 'accuses', 'accused', 'accusing'], strength: 0.8 },
  allege: { forms: ['allege', 'alleges', 'alleged', 'alleging'], strength: 0.9 },
  complain: { forms: ['complain', 'complains', 'complained', 'complaining'], strength: 1 },
  confirm: { forms: ['confirm', 'confirms', 'confirmed', 'confirming'], strength: 1 },
  deny: { forms: ['deny', 'denies', 'denied', 'denying'], strength: 1 },
  estimate: { forms: ['estimated'], strength: 0.8 },
  report: { forms: ['reported'], strength: 0.9 },
  reveal: { forms: ['reveal', 'reveals', 'revealed', 'revealing'], strength: 0.9 },
  stress: { forms: ['stress', 'stresses', 'stressed', 'stressing'], strength: 1 },
  emphasise: { forms: ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'], strength: 1 },
  point: { forms: ['pointed out', 'points out', 'point out', 'pointing out'], strength: 1 },
  // Raised voices and quiet ones.
  shout: { forms: ['shouted', 'yelled', 'screamed', 'cried', 'exclaimed', 'shouting', 'yelling', 'exclaiming', 'shouts', 'yells', 'exclaims'], strength: 1 },
  whisper: { forms: ['whispered', 'murmured', 'muttered'], strength: 1 },
  joke: { forms: ['joked', 'quipped', 'jokes', 'joking', 'deadpanned'], strength: 1 },
  // "she cracked, “…”": a joke; weaker, since bridges and ice crack too.
  crack: { forms: ['cracked'], strength: 0.8 },
  boast: { forms: ['boasted', 'bragged'], strength: 1 },
  // Written and online forms.
  tweet: { forms: ['tweeted', 'tweeting', 'posted', 'blogged'], strength: 1 },
  // Thinking aloud: stances reported as speech in news.
  believe: { forms: ['believes', 'believed'], strength: 0.6 },
  think: { forms: ['thinks'], strength: 0.5 },
  hope: { forms: ['hoped'], strength: 0.5 },
  fear: { forms: ['feared'], strength: 0.5 },
  // Spoken asides and continuations.
  go_on: { forms: ['went on', 'goes on'], strength: 1 },
  put: { forms: ['put it', 'puts it'], strength: 1 },
  sum: { forms: ['summed up'], strength: 0.9 },
  testify: { forms: ['testify', 'testifies', 'testified', 'testifying'], strength: 1 },
  caution: { forms: ['cautioned', 'cautions', 'cautioning'], strength: 1 },
  counter: { forms: ['countered', 'countering'], strength: 1 },
  protest: { forms: ['protested'], strength: 0.8 },
  recount: { forms: ['recounted', 'recounting'], strength: 1 },
  mention: { forms: ['mentioned'], strength: 0.8 },
  quote: { forms: ['quoted'], strength: 0.7 },
  ...LEARNT_SPEECH_VERBS,
  ...CLASS_SPEECH_VERBS,
};

/**
 * Titles and honorifics that come before a name ("Dr Liow", "Senator Mark
 * Warner"). They are role words too; `ROLE_CATEGORY` below says what they signal.
 */
const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Reverend', 'Father', 'Sister',
  'President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor', 'Minister', 'Secretary', 'Senator', 'Sen', 'Rep',
  'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov', 'Mayor', 'Deputy', 'Ambassador', 'Judge', 'Justice',
  'General', 'Gen', 'Colonel', 'Col', 'Major', 'Maj', 'Captain', 'Capt', 'Lieutenant', 'Lt', 'Sergeant', 'Sgt', 'Admiral', 'Adm',
  'Cmdr', 'Cpl', 'Pvt', 'Amb', 'Atty',
  'Commander', 'Chief', 'Inspector', 'Detective', 'Superintendent', 'Officer', 'Constable', 'Commissioner', 'Sheriff',
  'Attorney General', 'Prosecutor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Pope', 'Cardinal', 'Bishop', 'Archbishop',
  'Rabbi', 'Imam', 'Sheikh', 'Coach', 'Councillor', 'Councilman', 'Councilwoman', 'Alderman', 'Speaker', 'Leader',
];

/** Honorifics that tell a person's gender, for pronoun resolution. */
const GENDERED_TITLES: Record<string, 'm' | 'f'> = {
  Mr: 'm', Sir: 'm', Lord: 'm', Father: 'm', King: 'm', Prince: 'm', Congressman: 'm', Councilman: 'm',
  Mrs: 'f', Ms: 'f', Miss: 'f', Dame: 'f', Lady: 'f', Sister: 'f', Queen: 'f', Princess: 'f', Congresswoman: 'f', Councilwoman: 'f',
};

/**
 * Role words and the category they signal (see ANNOTATION.md): "official"
 * speaks for an office or institution, "expert" from expertise. Matched as
 * whole words, case-insensitively, in a speaker's title and description; the
 * first match in the description's head noun wins over later ones.
 */
const ROLE_CATEGORY: Record<string, 'official' | 'expert' | 'other'> = {
  // Offices of state and government.
  president: 'official', 'vice president': 'official', 'prime minister': 'official', premier: 'official', chancellor: 'official',
  minister: 'official', secretary: 'official', senator: 'official', sen: 'official', rep: 'official', representative: 'official',
  congressman: 'official', congresswoman: 'official', lawmaker: 'official', legislator: 'official', mp: 'official', mep: 'official',
  governor: 'official', gov: 'official', mayor: 'official', councillor: 'official', councilman: 'official', councilwoman: 'official',
  alderman: 'official', ambassador: 'official', diplomat: 'official', envoy: 'official', consul: 'official', official: 'official',
  officials: 'official', spokesman: 'official', spokeswoman: 'official', spokesperson: 'official', aide: 'official',
  adviser: 'official', advisor: 'official', 'chief of staff': 'official', king: 'official', queen: 'official', prince: 'official',
  emperor: 'official', monarch: 'official', leader: 'official', democrat: 'official', republican: 'official', speaker: 'official',
  'majority leader': 'official', 'minority leader': 'official', candidate: 'official', commissioner: 'official', regulator: 'official',
  administrator: 'official', 'civil servant': 'official', deputy: 'official', delegate: 'official', chairman: 'official',
  chairwoman: 'official', chair: 'official', chairperson: 'official', whip: 'official', 'majority whip': 'official', 'minority whip': 'official',
  // Party and campaign roles: people who speak for a party or a campaign.
  committeeman: 'official', committeewoman: 'official', superdelegate: 'official', staffer: 'official', 'co-chair': 'official',
  'co-chairman': 'official', 'co-chairwoman': 'official', 'front-runner': 'official', frontrunner: 'official', 'presidential hopeful': 'official',
  'running mate': 'official',
  // Law and order in their role.
  police: 'official', officer: 'official', constable: 'official', sergeant: 'official', inspector: 'official',
  superintendent: 'official', detective: 'official', sheriff: 'official', chief: 'official', commander: 'official',
  general: 'official', colonel: 'official', major: 'official', captain: 'official', lieutenant: 'official', admiral: 'official',
  prosecutor: 'official', 'attorney general': 'official', 'district attorney': 'official', judge: 'official', justice: 'official',
  magistrate: 'official', coroner: 'official',
  // Executives speaking for their company or organisation.
  'chief executive': 'official', ceo: 'official', cfo: 'official', coo: 'official', cto: 'official', founder: 'official',
  'co-founder': 'official', executive: 'official', director: 'official', 'managing director': 'official', head: 'official',
  manager: 'official', 'general manager': 'official', master: 'official', 'harbour master': 'official', 'harbor master': 'official', owner: 'official', boss: 'official', member: 'official', representative_of: 'official',
  // An agent for hire speaks for no office (WordNet's "agent" is a government's); a clerk of a county or city does.
  'real estate agent': 'other', 'travel agent': 'other', 'insurance agent': 'other', 'literary agent': 'other', 'talent agent': 'other',
  'sports agent': 'other', 'county clerk': 'official', 'city clerk': 'official', 'town clerk': 'official', 'court clerk': 'official',
  // Expertise.
  // WordNet files "English professor" under teachers; in news any professor is an academic.
  'english professor': 'expert', professor: 'expert', prof: 'expert', lecturer: 'expert', researcher: 'expert', scientist: 'expert', scholar: 'expert',
  academic: 'expert', analyst: 'expert', economist: 'expert', fellow: 'expert', 'senior fellow': 'expert', expert: 'expert',
  specialist: 'expert', historian: 'expert', physicist: 'expert', biologist: 'expert', chemist: 'expert', epidemiologist: 'expert',
  virologist: 'expert', psychologist: 'expert', psychiatrist: 'expert', neuroscientist: 'expert', sociologist: 'expert',
  doctor: 'expert', dr: 'expert', physician: 'expert', surgeon: 'expert', md: 'expert', phd: 'expert', 'ph.d': 'expert',
  nurse: 'expert', pharmacist: 'expert', engineer: 'expert', developer: 'expert', programmer: 'expert', consultant: 'expert',
  strategist: 'expert', 'political scientist': 'expert', jurist: 'expert', lawyer: 'expert', attorney: 'expert',
  author: 'expert', 'study author': 'expert', investigator: 'expert', statistician: 'expert', demographer: 'expert',
  meteorologist: 'expert', forecaster: 'expert', architect: 'expert', critic: 'expert', commentator: 'expert', pollster: 'expert', curator: 'expert',
  // Everyone else.
  resident: 'other', witness: 'other', victim: 'other', mother: 'other', father: 'other', son: 'other', daughter: 'other',
  wife: 'other', husband: 'other', sister: 'other', brother: 'other', neighbour: 'other', neighbor: 'other', student: 'other',
  fan: 'other', player: 'other', athlete: 'other', singer: 'other', actor: 'other', actress: 'other', artist: 'other',
  customer: 'other', passenger: 'other', driver: 'other', worker: 'other', parent: 'other', friend: 'other', survivor: 'other',
  shopper: 'other', voter: 'other', protester: 'other', activist: 'other', campaigner: 'other', organiser: 'other',
  organizer: 'other', teacher: 'other', farmer: 'other', pensioner: 'other', commuter: 'other', tenant: 'other', landlord: 'other', volunteer: 'other', owner_of_home: 'other',
};

/**
 * Words that make a capitalised phrase an organisation ("the Food Safety
 * Agency", "Harbour Bank", "Acme Inc").
 */
const ORGANIZATION_WORDS = [
  'Agency', 'Authority', 'Administration', 'Association', 'Assembly', 'Bank', 'Board', 'Bureau', 'Center', 'Centre', 'Church',
  'Coalition', 'College', 'Commission', 'Committee', 'Company', 'Corp', 'Corporation', 'Council', 'Court', 'Department',
  'Directorate', 'Foundation', 'Fund', 'Government', 'Group', 'Inc', 'Institute', 'Institution', 'League', 'Ltd', 'LLC', 'plc',
  'Ministry', 'Network', 'Office', 'Organisation', 'Organization', 'Parliament', 'Party', 'Police', 'Service', 'Society',
  'School', 'Senate', 'Congress', 'Trust', 'Union', 'University', 'Hospital', 'Clinic', 'Laboratory', 'Labs', 'Federation',
  'Alliance', 'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Cabinet', 'Secretariat', 'Times', 'Post', 'News', 'Journal',
  'Press', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian', 'Reuters', 'Associated', 'Media', 'Studios', 'Airlines',
  'States', 'Kingdom', 'Republic', 'Emirates', 'Nations', 'Airways', 'Radio', 'Television', 'TV', 'Channel', 'Broadcasting', 'Motors', 'Systems', 'Technologies', 'Pharmaceuticals', 'Partners', 'Holdings', 'Industries', 'Program',
  'Programme', 'Project', 'Initiative', 'Campaign', 'Movement', 'Front', 'Coordinator', 'Coordinadora', 'Consulate', 'Embassy',
  'Police Department', 'Prosecutors', 'Tribunal', 'Regulator', 'Exchange', 'Club', 'Team',
  // Firms named for their trade: "Harwell Research", "Brantwood Analytics" (not plurals that open a sentence: "Advisers said").
  'Research', 'Analytics', 'Securities', 'Investments', 'Consulting', 'Strategies', 'Communications', 'Entertainment',
  // Institutions that speak through statements and reports: "the Harbour Museum said", "the Congressional Dock Caucus".
  'Museum', 'Library', 'Gallery', 'Academy', 'Theatre', 'Theater', 'Orchestra', 'Opera', 'Zoo', 'Cathedral', 'Diocese',
  'Archdiocese', 'Caucus', 'Chamber',
  // Agencies named for what they do: "Citizenship and Immigration Services", "Immigration and Customs Enforcement".
  'Services', 'Enforcement',
];

/** Common nouns that stand for an organisation speaking ("the company said"). */
const ORGANIZATION_NOUNS = [
  'company', 'firm', 'ministry', 'department', 'agency', 'government', 'council', 'party', 'police', 'group', 'organisation',
  'organization', 'authority', 'authorities', 'union', 'university', 'hospital', 'court', 'regulator', 'airline', 'bank',
  'charity', 'club', 'team', 'campaign', 'administration', 'commission', 'committee', 'office', 'foundation', 'institute',
  'board', 'military', 'army', 'embassy', 'white house', 'kremlin', 'network', 'broadcaster', 'newspaper', 'carmaker',
  'retailer', 'startup', 'platform', 'service', 'trust', 'association', 'federation', 'coalition', 'alliance', 'spokesman',
  'museum', 'library', 'gallery', 'academy', 'orchestra', 'diocese', 'caucus',
];

/** Pronouns that can stand for a speaker, with their gender. */
const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = {
  he: 'm', she: 'f', it: 'n', they: 'p', we: 'p', i: 'p',
};

/** Nouns that stand for an unnamed person ("a spokesman", "one resident"): the speaker is null unless named. */
const UNNAMED_HEADS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'resident', 'residents', 'witness',
  'witnesses', 'person', 'people', 'man', 'woman', 'someone', 'observer', 'observers', 'critic', 'critics', 'analyst',
  'analysts', 'expert', 'experts', 'aide', 'aides', 'insider', 'insiders', 'diplomat', 'diplomats', 'user', 'users',
  'response', 'statement', 'reader', 'readers', 'viewer', 'viewers', 'representative', 'member', 'members',
  // Party members as a group ("Democrats say", "Senate Republicans argue"): a group of people, no one named.
  'democrats', 'republicans',
];

/** Words that turn a quote into a name or term rather than speech ("the so-called “X”", "dubbed “X”"). */
const NAMING_CUES = [
  'so-called', 'so called', 'dubbed', 'nicknamed', 'known as', 'titled', 'entitled', 'named', 'branded', 'labelled', 'labeled',
  'the word', 'the words', 'the term', 'the terms', 'the phrase', 'the phrases', 'the slogan', 'the hashtag', 'the label',
  'the title', 'phrases like', 'words like', 'terms like', 'words such as', 'terms such as', 'a term', 'the pseudonym',
  'a pseudonym', 'the nickname', 'a nickname', 'the moniker', 'billed as', 'marketed as', 'what is called',
  'what they call', 'what he calls', 'what she calls', 'referred to as', 'coined', 'headlined', 'the book', 'the film',
  'the show', 'the series', 'the song', 'the album', 'the novel', 'the report', 'the documentary', 'the programme', 'the program',
  // Imagined speech: "a look as if to say “…”".
  'as if to say', 'as though to say', 'as if saying', 'as though saying',
  // A gloss gives a word's meaning, not what anyone said: "“Ave” — Latin for “hail”", "slang for “money”".
  'latin for', 'greek for', 'spanish for', 'french for', 'german for', 'italian for', 'russian for', 'arabic for', 'hebrew for',
  'yiddish for', 'chinese for', 'mandarin for', 'japanese for', 'persian for', 'slang for', 'shorthand for', 'code for',
];

/** Phrases that attribute a clause to a source: "according to X", "in the words of X". */
const ACCORDING_TO = ['according to', 'in the words of', 'as quoted by', 'as reported by'];

/** Short function words allowed inside names and titles ("Institute for Defence Studies and Analyses"). */
const NAME_PARTICLES = ['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'bin', 'bint', 'al', 'el', 'ibn', 'y', 'dos', 'das', 'ter', 'ten', 'St', 'St.'];
const TITLE_LINKERS = ['of', 'for', 'and', 'the', 'on', 'in', 'at', '&'];

export const en: Lexicon = {
  lang: 'en',
  speechVerbs: SPEECH_VERBS,
  titles: TITLES,
  genderedTitles: GENDERED_TITLES,
  roleCategory: ROLE_CATEGORY,
  organizationWords: ORGANIZATION_WORDS,
  organizationNouns: ORGANIZATION_NOUNS,
  notNameWords: NOT_NAME_WORDS,
  pronouns: PRONOUNS,
  unnamedHeads: UNNAMED_HEADS,
  namingCues: NAMING_CUES,
  accordingTo: ACCORDING_TO,
  namingVerbs: ['called', 'named', 'termed', 'known as', 'dubbed', 'nicknamed', 'styled', 'christened'],
  // Only these put the speaker after the verb ("said Dr Marsh", "added the minister");
  // after "told" or "called" the next name is the listener or the thing named.
  // Forms that are nouns as often as verbs: they count as cues only before "that"
  // or after a pronoun ("Acme claims that …", "she notes"), never in "the claims".
  ambiguousVerbs: {
    claim: ['claim', 'claims'], note: ['notes'], report: ['reports'], state: ['states'], hope: ['hopes'], fear: ['fears'],
    estimate: ['estimates'], comment: ['comments'], answer: ['answers'], reply: ['replies'], promise: ['promises'],
    tweet: ['tweets'], remark: ['remarks'], warn: [], argue: [],
  },
  speechActs: SPEECH_ACTS,
  invertingVerbs: ['say', 'add', 'write', 'explain', 'note', 'argue', 'warn', 'insist', 'acknowledge', 'concede', 'recall',
    'declare', 'announce', 'claim', 'admit', 'ask', 'answer', 'reply', 'respond', 'comment', 'remark', 'observe', 'continue',
    'suggest', 'predict', 'complain', 'confirm', 'stress', 'emphasise', 'shout', 'whisper', 'joke', 'boast', 'tweet', 'go_on',
    'caution', 'counter', 'recount', 'agree', 'state', 'testify', 'report', 'conclude', 'assert', 'retort', 'scoff', 'wonder',
    'proclaim', 'lament', 'contend', 'opine', 'surmise', 'speculate', 'gripe', 'rant', 'sigh', 'snipe'],
  nameParticles: NAME_PARTICLES,
  titleLinkers: TITLE_LINKERS,
  complementizers: ['that'],
  determiners: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another'],
  adverbs: ['also', 'later', 'previously', 'then', 'once', 'recently', 'earlier', 'further', 'again', 'still', 'simply', 'bluntly', 'flatly', 'quietly', 'repeatedly', 'publicly', 'privately', 'separately', 'similarly', 'only', 'has', 'had', 'have', 'would', 'will', "'s", '’s', "'ve", '’ve', "'d", '’d', "'ll", '’ll', 'has also', 'had also', 'would later', 'even', 'often', 'once', 'since', 'now', 'repeatedly', 'recently',
    // Learnt from PolNeAR's training split: reflexives and adverbs between a speaker and the cue ("Cruz himself said").
    'himself', 'herself', 'themselves', 'itself', 'too', 'however', 'first', 'finally', 'already', 'never', 'just', 'has long',
    'had long', 'long', 'openly', 'frequently', 'routinely', 'explicitly', 'specifically', 'directly', 'angrily', 'wryly', 'is', 'was', 'are', 'were',
    // The emphatic auxiliary: "she did say", "he does tell".
    'did', 'does'],
  words: WORDS,
  endings: {
    participle: ['ing'],
    past: ['ed'],
    plural: ['s'],
    adverb: ['ly'],
    notName: ['ly', 'ese', 'ist', 'ists', 'ans', 'ians'],
    contraction: ['re', 'll', 've', 'd', 'm', 't'],
    finiteContraction: ['s', 're', 'll', 'd', 've'],
  },
  patterns: {
    // Past and present forms: "the piers cracked", "the city needs" (not "across", "focus", "analysis").
    finiteForms: [/^\p{Ll}{3,}(?:ed|es)$/u, /^(?!.*(?:ss|us|is)$)\p{Ll}{3,}s$/u],
    partyAffiliation: /^[RDI]-\p{Lu}/u,
    age: /^(\d{1,3})-year-old$/,
    trailingCue: /\s*,?\s*\b(?:who|which)\s+(?:said|says|told|added|wrote)\b.*$|\s*,\s*(?:said|says|told|added)\b.*$/i,
    pronounInVerb: null,
    leadingElision: /^(?:n|em|til|cause|tis|twas|\d0s)\b/i,
  },
};
