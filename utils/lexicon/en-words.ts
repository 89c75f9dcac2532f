// English function words, by the job they do in the readers: the part of the
// English lexicon (en.ts) that is not speech verbs, titles and roles.
import type { FunctionWords } from './types';

/** Function words by the job they do in the readers (see `FunctionWords`). */
export const WORDS: FunctionWords = {
  agentMarkers: ['by'],
  passiveAux: ['been', 'was', 'were', 'is', 'are', 'being', 'be'],
  progressiveAux: ['was', 'were', 'is', 'are', 'been', 'be', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'kept', 'keeps', 'began', 'begins', 'started', 'starts'],
  placePrepositions: ['in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'around'],
  placeMarkers: ['in', 'at', 'from', 'to', 'near', 'across', 'into', 'throughout', 'outside', 'inside', 'around', 'toward', 'towards'],
  affiliationPrepositions: ['of', 'from', 'at'],
  representsPrepositions: ['for'],
  prepositions: ['for', 'to', 'with', 'about', 'against', 'like', 'unlike', 'than', 'on', 'in', 'at', 'from', 'by'],
  descriptionStops: ['who', 'which', 'that', 'and', 'but', 'while', 'as', 'when', 'in', 'on', 'at', 'after', 'before', 'during', 'from', 'by'],
  clauseLinks: ['and', 'but', 'who', 'which', 'while'],
  roleStops: ['and', 'or', 'by', 'with', 'to', 'from'],
  indefinites: ['a', 'an', 'one', 'another'],
  articles: ['the', 'a', 'an'],
  roleDeterminers: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our'],
  definiteArticles: ['the'],
  relatives: ['who', 'whose', 'which'],
  organizationPronouns: ['it', 'they'],
  subjectRelatives: ['who', 'which'],
  thingRelatives: ['which', 'that'],
  personRelatives: ['who', 'whom'],
  conjunctions: ['and'],
  listJoiners: ['and', 'or'],
  participleOpeners: ['by', 'before', 'after', 'upon', 'while', 'when'],
  clauseJoiners: ['and', 'but'],
  documents: [
    'statement', 'report', 'release', 'letter', 'filing', 'post', 'memo', 'note', 'email', 'document', 'memorandum', 'affidavit', 'brief', 'tweet',
    'message', 'editorial', 'op-ed', 'column', 'essay', 'analysis', 'study', 'survey', 'audit', 'review', 'assessment',
  ],
  authorMarkers: ['from', 'by'],
  authorParticiples: ['filed', 'issued', 'released', 'published', 'written', 'signed', 'sent', 'submitted', 'prepared', 'drafted', 'posted', 'authored'],
  presentatives: ['here is', 'here was', 'here’s', "here's"],
  recipientMarkers: ['to'],
  introOpeners: [
    'in', 'on', 'at', 'after', 'before', 'for', 'with', 'as', 'during', 'since', 'despite', 'following', 'however', 'meanwhile',
    'still', 'yet', 'but', 'and', 'so', 'instead', 'speaking', 'asked', 'when', 'while', 'although', 'though', 'if', 'by', 'from',
    'under', 'amid', 'over', 'earlier', 'later', 'then', 'now', 'today', 'yesterday', 'last', 'this',
  ],
  introWords: ['in', 'on', 'at', 'after', 'before', 'during', 'for', 'with', 'by', 'from', 'under', 'over', 'however', 'meanwhile', 'asked', 'speaking', 'when', 'while', 'as'],
  afterName: [
    'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'is', 'was', 'are', 'were', 'has', 'had',
    'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'who', 'which', 'that', 'then',
    'also', 'now', 'still', 'never', 'not', 'once', 'later', 'first', 'himself', 'herself', 'itself',
  ],
  subjectOpeners: ['and', 'but', 'while', 'as', 'because', 'when', 'although', 'though', 'that', 'so'],
  clauseVerbs: [
    'say', 'tell', 'add', 'write', 'state', 'explain', 'note', 'argue', 'warn', 'insist', 'acknowledge', 'concede', 'recall',
    'declare', 'announce', 'claim', 'admit', 'agree', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'allege', 'complain',
    'confirm', 'deny', 'estimate', 'report', 'reveal', 'stress', 'emphasise', 'point', 'believe', 'think', 'fear', 'hope',
    'testify', 'caution', 'counter', 'observe', 'remark', 'tweet',
    // Learnt from PolNeAR's training split (see en.ts).
    'conclude', 'assert', 'reiterate', 'lament', 'proclaim', 'assure', 'joke', 'respond', 'reply', 'answer', 'boast', 'retort',
    'scoff', 'recount', 'complain',
    // VerbNet's communication classes (see en-cues.ts).
    'contend', 'opine', 'surmise', 'reason', 'theorize', 'speculate', 'posit', 'hint', 'confide', 'disclose', 'gripe',
  ],
  pastVerbs: [
    'spoke', 'took', 'gave', 'told', 'said', 'wrote', 'made', 'went', 'came', 'saw', 'won', 'lost', 'ran', 'stood', 'sat', 'led',
    'met', 'left', 'held', 'kept', 'felt', 'thought', 'knew', 'got', 'put', 'set', 'began', 'brought', 'sent', 'spent', 'fought',
    'became', 'rose', 'fell', 'drew', 'grew', 'threw', 'chose', 'broke', 'wore', 'swore', 'shook', 'paid', 'hit', 'quit', 'read',
    'heard', 'found', 'built', 'sought', 'taught', 'caught', 'bought', 'meant', 'struck',
  ],
  objectFirstVerbs: ['tell', 'warn', 'remind', 'assure', 'inform'],
  cancellers: ['not', 'never', "n't", 'to', 'the', 'a', 'an', 'this', 'that', 'no', 'if', 'whether'],
  negativeEndings: ["n't", 'n’t'],
  hypotheticals: ['if', 'unless', 'whether', 'should', 'would', 'could'],
  finiteVerbs: [
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall',
    'must', 'may', 'might', 'did', 'does', 'do', "isn't", 'isn’t', "wasn't", 'wasn’t', "won't", 'won’t', "can't", 'can’t',
  ],
  settingPrepositions: ['in', 'on', 'at', 'during'],
  absolutePrepositions: ['with', 'without'],
  settings: [
    'statement', 'interview', 'briefing', 'conference', 'post', 'video', 'letter', 'email', 'tweet', 'speech', 'address', 'filing',
    'report', 'twitter', 'x', 'facebook', 'instagram', 'court', 'hearing', 'radio', 'television', 'tv',
  ],
  workNouns: [
    'show', 'program', 'programme', 'series', 'podcast', 'film', 'movie', 'book', 'documentary', 'novel', 'album', 'song', 'sitcom',
    'drama', 'biography', 'memoir', 'musical', 'newsletter', 'blog',
  ],
  notClauseStarts: ['to', 'of', 'about', 'for', 'with', 'at', 'in', 'on', 'according', 'after', 'before', 'during', 'from', 'by', 'as'],
  listeners: ['me', 'him', 'her', 'us', 'them', 'you', 'reporters', 'journalists', 'lawmakers', 'viewers', 'listeners', 'parliament', 'congress'],
  clauseOpeners: [
    'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'which', 'who', 'because', 'if', 'when', 'while', 'is', 'was', 'are',
    'were', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'must', 'might', 'can', 'not', 'be',
  ],
  wordsNouns: ['words', 'phrase', 'term', 'coinage', 'view'],
  wordsCues: ['words', 'phrase'],
  possessives: ['his', 'her', 'their', 'its', 'our', 'my', 'your'],
  // Learnt from PolNeAR's training split: the verbs before short quotes that its
  // annotators counted as someone's words (the cue of the quote's attribution, or a
  // verb of its sentence) and that the speech verbs of en.ts lack.
  quoteFrames: [
    // Casting and characterising: "cast the win as a “turning point”".
    'cast', 'casts', 'casting', 'characterized', 'characterizes', 'characterizing', 'characterised', 'characterises',
    'characterising', 'portrayed', 'portrays', 'portraying', 'framed', 'frames', 'framing', 'painted', 'paints', 'painting',
    'labeled', 'labelled', 'labels', 'labeling', 'labelling', 'branded', 'brands', 'branding', 'dubbed', 'dubs', 'termed',
    'terms', 'presented', 'presents', 'presenting', 'introduced', 'introduces', 'introducing',
    // Praise and scorn: "hailed the deal as a “breakthrough”", "derided the “elites”".
    'heralded', 'heralds', 'hailed', 'hails', 'hailing', 'touted', 'touts', 'touting', 'championed', 'champions', 'championing',
    'applauded', 'applauds', 'derided', 'derides', 'deriding', 'dismissed', 'dismisses', 'dismissing', 'bemoaned', 'bemoans',
    'bemoaning', 'denounce', 'denounces', 'denouncing', 'decries', 'decrying', 'ridiculed', 'ridicules', 'ridiculing',
    'questioned', 'questioning', 'disputed', 'disputes', 'disputing', 'rejected', 'rejects', 'rejecting',
    // Speaking of, citing, echoing: "talked up her “plan”", "cited the “risks”".
    'talked', 'talks', 'talking', 'spoke', 'speaks', 'speaking', 'referred', 'refers', 'referring', 'referenced',
    'references', 'referencing', 'cited', 'cites', 'citing', 'invoked', 'invokes', 'invoking', 'echoed', 'echoes',
    'echoing', 'repeated', 'repeats', 'repeating', 'implied', 'implies', 'implying', 'expressed', 'expresses', 'expressing',
    'called', 'calls', 'calling', 'charged', 'charges', 'charging', 'shouting', 'yelling', 'crying',
    'cry', 'mouthing', 'mouthed', 'jeered', 'jeering', 'rated', 'credited', 'attacked', 'attacking', 'ruled', 'advocates', 'advocated', 'advocating',
  ],
  // Thinking, judging, wanting, ordering: a fragment in what follows is in someone's mind or bidding ("thinks the vote
  // should be a “litmus test”", "deemed him “well qualified”", "wanted to “go further”", "ordered the crew to “stand down”").
  thoughtFrames: [
    'thinks', 'thought', 'feels', 'felt', 'sees', 'saw', 'seen', 'considers', 'considered', 'deem', 'deems', 'deemed',
    'regards', 'regarded', 'viewed', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'wishes', 'wished', 'fears', 'feared',
    'expects', 'expected', 'finds', 'found', 'determined', 'assumed', 'prefers', 'preferred', 'remembers', 'remembered',
    'intimated', 'ordered', 'orders', 'invited', 'seeks', 'seeking', 'sought',
  ],
  // Verbs that frame a quote as someone's words only through "as": "described the deal as
  // “fair”", "defended the aide as a “decent man”" — not "defended the company's “surge prices”".
  asFrames: ['described', 'describes', 'describing', 'defended', 'defends', 'defending', 'postured', 'positioned', 'pointed'],
  statementNouns: [
    'claim', 'claims', 'assertion', 'assertions', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements',
    'suggestion', 'admission', 'promise', 'pledge', 'warning', 'argument', 'insistence', 'contention', 'accusation',
    'accusations', 'allegation', 'allegations', 'charge', 'complaint', 'boast', 'declaration', 'prediction', 'announcement',
    'promises', 'pledges', 'vow', 'vows', 'criticism', 'description', 'characterization', 'plea', 'demand', 'denial', 'request', 'requests', 'ruling', 'moniker',
  ],
  // What joins a statement noun to its content besides "that": "his promise of “free college”", "a pledge to “fix” it".
  statementLinks: ['of', 'to', 'for'],
  termNouns: ['term', 'terms', 'phrase', 'phrases', 'word', 'words', 'expression'],
  usingWords: ['use', 'uses', 'used', 'using', 'say', 'says', 'said', 'saying', 'utter', 'utters', 'uttered', 'uttering'],
  writingVerbs: ['write'],
  cryWords: [
    'chant', 'chants', 'chanted', 'chanting', 'cry', 'cries', 'cried', 'crying', 'shout', 'shouts', 'shouted', 'shouting', 'yell',
    'yells', 'yelled', 'yelling', 'scream', 'screams', 'screamed', 'screaming', 'chorus', 'roar', 'roars', 'roared',
  ],
  issuingVerbs: ['issued', 'released', 'distributed', 'circulated', 'posted', 'published', 'provided', 'sent', 'gave', 'offered'],
  contrastJoiners: ['but', 'yet', 'whereas', 'while'],
  namingSubjects: ['he', 'she', 'they', 'we', 'i', 'you', 'who', 'whom', 'has', 'have', 'had', 'once', 'also', 'then', 'later'],
  titleMinorWords: ['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'so', 'yet', 'of', 'in', 'into', 'on', 'onto', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'that', 'over', 'up', 'per', 'via', 'vs', 'is', 'be'],
  notNouns: [
    'for', 'of', 'to', 'in', 'on', 'with', 'that', 'which', 'who', 'as', 'than', 'and', 'or', 'but', 'at', 'by', 'from', 'about',
    'into', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may',
    'might', 'must', 'when', 'while', 'if', 'because', 'after', 'before', 'since', 'until', 'over', 'under', 'not', 'so', 'then',
    'there', 'this', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'a', 'an', 'the',
  ],
  determinerLike: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'such', 'no'],
  roleEndPrepositions: ['of', 'at', 'for', 'in', 'with', 'from', 'on', 'to', 'who', 'whose', 'which'],
  honorifics: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame'],
  researchHeads: ['director', 'head', 'chair', 'chairman', 'chairwoman', 'founder', 'co-founder', 'fellow', 'dean'],
  researchBodies: [
    'institute', 'university', 'college', 'school', 'centre', 'center', 'laboratory', 'laboratories', 'lab', 'think tank',
    'think-tank', 'research', 'academy', 'observatory', 'programme', 'program',
  ],
  nameSuffixes: ['MD', 'M.D.', 'PhD', 'Ph.D.', 'Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV', 'QC', 'KC', 'MP', 'MBE', 'OBE', 'CBE', 'RN', 'DDS', 'Esq', 'Esq.'],
  contractedPronouns: [
    "he's", "she's", "it's", "they're", "we're", "you're", "i'm", "he'd", "she'd", "they'd", "we'd", "i'd", "he'll", "she'll",
    "they'll", "we'll", "i'll", "they've", "we've", "i've", "you've", "who's", "who'd",
  ],
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Maj', 'Adm', 'Rev', 'St', 'Jr', 'Sr',
    'Mt', 'Ft', 'No', 'vs', 'etc', 'Inc', 'Corp', 'Ltd', 'Co', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
    'Ph', 'D', 'approx', 'Univ', 'Dept',
  ],
  // The states as news agencies abbreviate them ("Lexington, Ky.", "Sen. Tom Hale, R-Ky.,"), without
  // the stops; those of initials ("N.Y.") are read as initials. Not the ones that are also words ("Ill", "Miss").
  regionAbbreviations: [
    'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Ky', 'Mass', 'Md', 'Mich', 'Minn', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore',
    'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
  ],
  markers: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'said', 'he', 'she', 'it', 'have'],
  anonymity: [
    'asked not to be named', 'asked not to be identified', 'asked that his name not be used', 'asked that her name not be used',
    'declined to be named', 'declined to be identified', 'did not want to be named', 'did not wish to be named',
    'requested anonymity', 'asked for anonymity', 'was granted anonymity', 'were granted anonymity', 'granted anonymity',
    'spoke on condition of anonymity', 'spoke on the condition of anonymity', 'speaking on condition of anonymity',
    'speaking on the condition of anonymity', 'on condition of anonymity', 'on the condition of anonymity',
    'not authorised to speak publicly', 'not authorized to speak publicly', 'not authorised to speak on the record',
    'not authorized to speak on the record', 'not authorised to speak to the media', 'not authorized to speak to the media',
    'not authorised to comment publicly', 'not authorized to comment publicly', 'not authorised to discuss', 'not authorized to discuss',
    'speaking on background', 'on background',
  ],
  reasonConjunctions: ['because', 'as', 'since'],
  formerWords: ['former', 'ex', 'onetime', 'one-time', 'erstwhile', 'retired'],
  officeModifiers: ['vice', 'deputy', 'assistant', 'associate', 'lieutenant', 'under'],
  analysisFirms: [
    'brokerage', 'investment bank', 'investment firm', 'investment company', 'asset manager', 'asset management firm', 'hedge fund',
    'research firm', 'consultancy', 'consulting firm', 'advisory firm', 'ratings agency', 'rating agency', 'polling firm',
    'private equity firm', 'venture capital firm', 'wealth manager',
  ],
  bodyLinkers: ['for'],
  agentNouns: [
    'lawyers', 'attorneys', 'counsels', 'aides', 'advisers', 'advisors', 'strategists', 'executives', 'officials', 'representatives',
    'staffers', 'consultants', 'lobbyists', 'agents', 'spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons',
  ],
  roleAcronyms: ['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'vp', 'svp', 'evp', 'da', 'mp', 'mep'],
  partyMembers: ['republican', 'democrat', 'democratic', 'conservative', 'liberal', 'socialist', 'libertarian', 'independent', 'tory', 'progressive'],
  analysisFirmNames: ['Capital', 'Securities', 'Investments', 'Investment', 'Asset', 'Analytics', 'Research', 'Consulting', 'Economics', 'Strategies', 'Ratings', 'Equity'],
  politicsWords: [
    'campaign', 'campaigns', 'campaigned', 'campaigning', 'voter', 'voters', 'primary', 'primaries', 'caucus', 'caucuses',
    'delegate', 'delegates', 'nomination', 'nominee', 'candidacy', 'candidate', 'candidates', 'election', 'elections',
    'electoral', 'reelection', 're-election', 'ballot', 'debate', 'debates', 'endorsed', 'endorsement', 'gop', 'republican',
    'republicans', 'democrat', 'democrats', 'democratic', 'senate', 'congress', 'congressional', 'parliament',
    'parliamentary', 'legislation', 'legislature', 'administration', 'presidential', 'presidency', 'rally', 'rallies',
    'front-runner', 'frontrunner', 'cabinet', 'governor', 'senator', 'lawmakers', 'electorate', 'constituents',
  ],
  spokespersonNouns: ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople'],
  electedOffices: [
    // Not "president" or "representative": as often a company's or a union's ("a former president of the guild").
    'governor', 'gov', 'senator', 'sen', 'congressman', 'congresswoman', 'mayor', 'speaker', 'lawmaker', 'legislator', 'assemblyman',
    'assemblywoman', 'councilman', 'councilwoman', 'councillor', 'alderman', 'mp', 'mep', 'prime minister', 'premier', 'candidate',
    'nominee', 'majority leader', 'minority leader',
  ],
  otherNameMarkers: ['née', 'nee', 'born', 'formerly'],
  asWords: ['as'],
  infinitiveMarkers: ['to'],
  anotherWords: ['another'],
  nameLikeWords: ['Will', 'Read', 'May', 'Watch', 'Said'],
  namePrefixes: ['New', 'Los', 'Las', 'San', 'Santa', 'Saint', 'Fort', 'Mount', 'Port', 'Lake', 'Cape', 'El', 'La', 'Le', 'Des'],
  compassWords: ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'central'],
  // Not the nouns that are as often surnames ("Park", "Lane", "Bay", "Lake", "Hills", "Street", "Arena", "Ocean").
  placeNouns: [
    'county', 'city', 'town', 'township', 'village', 'borough', 'district', 'province', 'region', 'avenue', 'road', 'boulevard',
    'square', 'plaza', 'garden', 'gardens', 'stadium', 'airport', 'station', 'beach', 'harbor', 'harbour', 'coast', 'river', 'valley',
    'canyon', 'creek', 'island', 'islands', 'peninsula', 'heights', 'falls', 'mountains', 'desert', 'gulf', 'strait', 'canal',
  ],
  placePrefixes: ['San', 'Santa', 'Los', 'Las', 'Fort', 'Port', 'Mount', 'Cape'],
  // The states of the United States, as news names them, and the countries news names most; not those
  // that are first names or surnames as well (Georgia, Virginia, Carolina, Washington, Indiana, Jordan, Chad).
  regionNames: [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
    'Illinois', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
    'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Tennessee', 'Texas',
    'Utah', 'Vermont', 'Wisconsin', 'Wyoming', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
    'United States', 'U.S.', 'USA', 'U.S.A.', 'America', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Colombia', 'Venezuela',
    'Cuba', 'Peru', 'Britain', 'Great Britain', 'United Kingdom', 'U.K.', 'England', 'Scotland', 'Ireland', 'France', 'Germany',
    'Italy', 'Spain', 'Portugal', 'Greece', 'Poland', 'Ukraine', 'Russia', 'Belgium', 'Netherlands', 'Sweden', 'Norway', 'Denmark',
    'Finland', 'Switzerland', 'Austria', 'Hungary', 'Romania', 'Turkey', 'Israel', 'Iran', 'Iraq', 'Syria', 'Lebanon', 'Egypt',
    'Libya', 'Yemen', 'Saudi Arabia', 'Qatar', 'Afghanistan', 'Pakistan', 'India', 'China', 'Japan', 'Taiwan', 'Vietnam',
    'Indonesia', 'Philippines', 'Malaysia', 'Thailand', 'Myanmar', 'Australia', 'New Zealand', 'Nigeria', 'Kenya', 'Ethiopia',
    'Somalia', 'Sudan', 'Kazakhstan', 'Europe', 'Asia', 'Africa',
  ],
  timeWords: [
    'on', 'last', 'this', 'earlier', 'later', 'early', 'late', 'in', 'the', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
    'sunday', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year',
    'past',
  ],
  participleLinks: ['while', 'before', 'after', 'by', 'when', 'also'],
  clauseBreakers: ['while', 'whereas'],
};

/**
 * Capitalised words that begin sentences or stand in names without being
 * names themselves (pronouns, determiners, weekdays, months, discourse words).
 */
export const NOT_NAME_WORDS = [
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their',
  'Our', 'My', 'Your', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'Where', 'What', 'Who', 'Why',
  'How', 'As', 'At', 'In', 'On', 'Of', 'For', 'From', 'With', 'Without', 'After', 'Before', 'Since', 'During', 'Despite',
  'Although', 'Though', 'Nor', 'Using', 'However', 'Meanwhile', 'Still', 'Also', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last',
  'Next', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Some', 'Many', 'Most', 'All',
  'Both', 'Each', 'Every', 'Other', 'Others', 'Another', 'Such', 'No', 'Not', 'Yes', 'One', 'Two', 'Three', 'First', 'Second', 'Third',
  'According', 'Asked', 'Speaking', 'Writing', 'Read', 'More', 'Less', 'Even', 'Just', 'Only', 'Instead', 'Indeed', 'Thus',
  'Because', 'Unlike', 'Like', 'Among', 'Under', 'Over', 'By', 'To', 'Into', 'About', 'Once', 'Until', 'Well', 'Oh', 'Please',
  'Thank', 'Thanks', 'Sorry', 'Okay', 'OK', 'Analysis', 'Photo', 'Image', 'Video', 'Watch', 'Getty', 'Images', 'Reporting',
  'Editing', 'Additional', 'Update', 'Updated', 'Correction', 'Note', 'Related', 'Advertisement', 'Sign', 'Subscribe',
  'Whether', 'Which', 'Whose', 'Whom', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Be', 'Been', 'Have', 'Has', 'Had',
  'Will', 'Would', 'Could', 'Should', 'Can', 'May', 'Might', 'Must', 'Shall', 'Let', 'Let’s', "Let's",
  // Sentence-opening adjectives and quantifiers: "New signs appeared", "Few argue".
  'New', 'Old', 'Recent', 'Local', 'Former', 'Rival', 'Fellow', 'Longtime', 'Veteran', 'Embattled', 'Outgoing', 'Incoming', 'Several', 'Few', 'Nobody', 'Everyone', 'Someone', 'Anyone', 'Neither', 'Either',
  'Much', 'Little', 'Nothing', 'Everything', 'Something', 'Anything', 'Such',
  // Sentence adverbs that open a sentence: "Anyway, …".
  'Anyway', 'Anyhow', 'Besides', 'Otherwise', 'Regardless', 'Nonetheless', 'Nevertheless', 'Moreover', 'Furthermore', 'Likewise',
  'Therefore', 'Hence', 'Accordingly', 'Consequently', 'Similarly', 'Conversely', 'Elsewhere', 'Whatever', 'Whoever', 'Wherever',
  'Whenever', 'Having',
  // Prepositions, adverbs and counts that open a sentence before a name or a noun ("Alongside Ruiz's
  // calls, …", "Ever since Hale announced, …", "Dozens chanted …"): learnt from PolNeAR's training split.
  'Against', 'Alongside', 'Along', 'Amid', 'Amidst', 'Beyond', 'Upon', 'Within', 'Throughout', 'Toward', 'Towards', 'Across',
  'Behind', 'Beneath', 'Beside', 'Around', 'Through', 'Ever', 'Maybe', 'Perhaps', 'Never', 'Always', 'Often', 'Sometimes',
  'Already', 'Almost', 'Nearly', 'Out', 'Up', 'Down', 'Off', 'Dozens', 'Hundreds', 'Thousands', 'Millions', 'Scores',
  // Counts opening a sentence ("Twenty years ago, …"; "Twenty-two" is read by its first part).
  'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty',
  'Seventy', 'Eighty', 'Ninety', 'Hundred', 'Thousand', 'Half',
];
