// French lexicon: data only, the same shape as the English one. French news
// sets quotes in « » and attributes them with an inverted verb ("a déclaré M.
// Dupont", "« … », explique-t-elle"); both are read like their English forms.
import type { Lexicon } from './types';

const v = (strength: number, ...forms: string[]) => ({ forms: withInversions(forms), strength });

/** "dit" → also "dit-il", "dit-elle"; "explique" → "explique-t-il", "explique-t-elle" (the subject inside the verb). */
function withInversions(forms: string[]): string[] {
  const out = [...forms];
  for (const f of forms) {
    if (f.includes(' ')) continue;
    const link = /[aeé]$/.test(f) ? '-t-' : '-';
    for (const p of ['il', 'elle', 'ils', 'elles']) out.push(`${f}${link}${p}`);
  }
  return out;
}

export const fr: Lexicon = {
  lang: 'fr',
  speechVerbs: {
    dire: v(1, 'dit', 'disent', 'disait', 'a dit', 'avait dit', 'dira', 'déclare', 'déclaré'),
    declarer: v(1, 'déclare', 'déclarent', 'a déclaré', 'avait déclaré'),
    affirmer: v(1, 'affirme', 'affirment', 'a affirmé', 'affirmait'),
    ajouter: v(1, 'ajoute', 'ajoutent', 'a ajouté', 'ajoutait'),
    expliquer: v(1, 'explique', 'expliquent', 'a expliqué', 'expliquait'),
    estimer: v(0.9, 'estime', 'estiment', 'a estimé', 'estimait'),
    souligner: v(1, 'souligne', 'soulignent', 'a souligné'),
    assurer: v(1, 'assure', 'assurent', 'a assuré'),
    indiquer: v(1, 'indique', 'indiquent', 'a indiqué'),
    preciser: v(1, 'précise', 'précisent', 'a précisé'),
    confier: v(1, 'confie', 'a confié'),
    raconter: v(1, 'raconte', 'racontent', 'a raconté'),
    annoncer: v(1, 'annonce', 'a annoncé'),
    avertir: v(1, 'avertit', 'a averti', 'prévient', 'a prévenu'),
    reconnaitre: v(1, 'reconnaît', 'a reconnu'),
    ecrire: v(1, 'écrit', 'a écrit', 'a tweeté'),
    repondre: v(1, 'répond', 'a répondu'),
    interroger: v(0.8, 'interroge', 'interrogé', 'interrogée'),
    denoncer: v(0.9, 'dénonce', 'a dénoncé'),
    qualifier: v(0.7, 'qualifie', 'a qualifié', 'qualifié', 'qualifiée', 'qualifiés', 'qualifiées'),
    decrire: v(0.8, 'décrit', 'décrite', 'décrits', 'décrites', 'a décrit', 'décrivait'),
  },
  titles: [
    'M', 'M.', 'Mme', 'Mlle', 'Dr', 'Pr', 'Me', 'Président', 'Présidente', 'Ministre', 'Maire', 'Sénateur', 'Sénatrice', 'Député',
    'Députée', 'Juge', 'Général', 'Commissaire', 'Professeur', 'Professeure',
  ],
  genderedTitles: { M: 'm', 'M.': 'm', Mme: 'f', Mlle: 'f', Présidente: 'f', Sénatrice: 'f', Députée: 'f', Professeure: 'f' },
  roleCategory: {
    président: 'official', présidente: 'official', ministre: 'official', maire: 'official', sénateur: 'official', sénatrice: 'official',
    député: 'official', députée: 'official', juge: 'official', procureur: 'official', procureure: 'official', porte: 'official',
    'porte-parole': 'official', préfet: 'official', préfète: 'official', commissaire: 'official', directeur: 'official',
    directrice: 'official', dirigeant: 'official', dirigeante: 'official', responsable: 'official', secrétaire: 'official',
    ambassadeur: 'official', policier: 'official', gendarme: 'official', général: 'official', élu: 'official', élue: 'official',
    adjoint: 'official', adjointe: 'official', conseiller: 'official', conseillère: 'official',
    ingénieur: 'expert', ingénieure: 'expert', professeur: 'expert', professeure: 'expert', chercheur: 'expert', chercheuse: 'expert', économiste: 'expert',
    analyste: 'expert', expert: 'expert', experte: 'expert', spécialiste: 'expert', médecin: 'expert', historien: 'expert',
    historienne: 'expert', sociologue: 'expert', politologue: 'expert', avocat: 'expert', avocate: 'expert', scientifique: 'expert',
    habitant: 'other', habitante: 'other', témoin: 'other', victime: 'other', mère: 'other', père: 'other', voisin: 'other',
    voisine: 'other', étudiant: 'other', étudiante: 'other', militant: 'other', militante: 'other',
  },
  organizationWords: [
    'Ministère', 'Gouvernement', 'Université', 'Institut', 'Banque', 'Parti', 'Conseil', 'Commission', 'Cour', 'Tribunal',
    'Police', 'Gendarmerie', 'Association', 'Fondation', 'Syndicat', 'Assemblée', 'Sénat', 'Agence', 'Office', 'Société',
    'Groupe', 'Mairie', 'Préfecture', 'Fédération', 'Union', 'Centre', 'Observatoire',
  ],
  organizationNouns: ['gouvernement', 'ministère', 'entreprise', 'société', 'groupe', 'parti', 'police', 'mairie', 'préfecture', 'syndicat', 'agence', 'association'],
  notNameWords: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Ce', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', 'Mais',
    'Et', 'Ou', 'Donc', 'Or', 'Car', 'Si', 'Quand', 'Lorsque', 'Comme', 'Pour', 'Par', 'Avec', 'Sans', 'Dans', 'Sur', 'Sous',
    'Selon', 'Après', 'Avant', 'Depuis', 'Pendant', 'Cependant', 'Pourtant', 'Ainsi', 'Alors', 'Aujourd’hui', 'Hier', 'Demain',
    'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Janvier', 'Février', 'Mars', 'Avril', 'Mai',
    'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre', 'Tous', 'Toutes', 'Chaque', 'Plusieurs',
  ],
  pronouns: { il: 'm', elle: 'f', ils: 'p', elles: 'p' },
  unnamedHeads: ['source', 'sources', 'porte-parole', 'responsable', 'habitant', 'habitante', 'témoin', 'proche', 'proches', 'expert', 'experts'],
  namingCues: ['dit', 'dite', 'surnommé', 'surnommée', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'le mot', 'le terme', "l'expression", 'l’expression', 'le slogan', 'le livre', 'le film', 'la série'],
  namingVerbs: ['appelé', 'appelée', 'nommé', 'nommée', 'surnommé', 'surnommée', 'baptisé', 'baptisée'],
  invertingVerbs: ['dire', 'declarer', 'affirmer', 'ajouter', 'expliquer', 'estimer', 'souligner', 'assurer', 'indiquer', 'preciser', 'confier', 'raconter', 'annoncer', 'avertir', 'reconnaitre', 'ecrire', 'repondre'],
  ambiguousVerbs: {},
  accordingTo: ['selon', "d'après", 'd’après'],
  nameParticles: ['de', 'du', 'des', 'la', 'le', "d'", 'd’'],
  titleLinkers: ['de', 'du', 'des', 'la', 'le', 'et', 'pour'],
  complementizers: ['que', "qu'", 'qu’'],
  determiners: ['le', 'la', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', "l'", 'l’', "d'", 'd’'],
  adverbs: ['aussi', 'également', 'encore', 'ensuite', 'alors', 'a', 'avait', 'ont'],
  words: {
    agentMarkers: ['par'],
    passiveAux: ['été', 'est', 'sont', 'était', 'étaient', 'fut', 'sera'],
    progressiveAux: [],
    placePrepositions: ['à', 'en', 'près'],
    placeMarkers: ['à', 'en', 'de', 'depuis', 'vers', 'dans'],
    affiliationPrepositions: ['de', 'du', 'des'],
    representsPrepositions: ['pour'],
    prepositions: ['pour', 'avec', 'contre', 'sans', 'sur', 'par', 'comme'],
    descriptionStops: ['qui', 'que', 'qu’', "qu'", 'et', 'mais', 'alors', 'quand', 'dans', 'sur', 'après', 'avant', 'pendant', 'par'],
    clauseLinks: ['et', 'mais', 'qui', 'lequel', 'laquelle', 'alors'],
    roleStops: ['et', 'ou', 'par', 'avec', 'à'],
    indefinites: ['un', 'une'],
    articles: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des'],
    roleDeterminers: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur'],
    definiteArticles: ['le', 'la', 'les', 'l’', "l'"],
    relatives: ['qui', 'dont'],
    organizationPronouns: ['ils'],
    subjectRelatives: ['qui'],
    thingRelatives: ['que', 'dont'],
    conjunctions: ['et'],
    clauseJoiners: ['et', 'mais'],
    documents: ['communiqué', 'rapport', 'lettre', 'message', 'courriel', 'note'],
    authorMarkers: ['de', 'du', 'par'],
    introOpeners: [
      'en', 'dans', 'après', 'avant', 'pour', 'avec', 'pendant', 'depuis', 'malgré', 'cependant', 'pourtant', 'mais', 'et', 'ainsi',
      'alors', 'selon', 'lors', 'sans', 'sur', 'quand', 'lorsque', 'si', 'hier', 'aujourd’hui', 'interrogé', 'interrogée',
    ],
    introWords: ['en', 'dans', 'après', 'avant', 'pendant', 'pour', 'avec', 'lors', 'interrogé', 'interrogée', 'quand', 'lorsque'],
    afterName: ['et', 'ou', 'mais', 'de', 'du', 'à', 'en', 'pour', 'avec', 'par', 'est', 'était', 'a', 'avait', 'sera', 'qui', 'que', 'aussi'],
    subjectOpeners: ['et', 'mais', 'car', 'quand', 'lorsque', 'que', 'qu’', "qu'", 'puisque'],
    clauseVerbs: [
      'dire', 'declarer', 'affirmer', 'ajouter', 'expliquer', 'estimer', 'souligner', 'assurer', 'indiquer', 'preciser', 'confier',
      'raconter', 'annoncer', 'avertir', 'reconnaitre', 'ecrire', 'repondre', 'denoncer',
    ],
    objectFirstVerbs: [],
    cancellers: ['ne', 'pas', 'jamais', 'de', 'à', 'le', 'la', 'les', 'un', 'une', 'si'],
    negativeEndings: [],
    hypotheticals: ['si', 's’il', "s'il"],
    finiteVerbs: [
      'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'fut', 'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait',
      'peut', 'peuvent', 'pourrait', 'doit', 'doivent', 'devrait', 'va', 'vont', 'faut', 'reste', 'restent',
    ],
    settingPrepositions: ['dans', 'sur', 'lors'],
    settings: ['communiqué', 'entretien', 'interview', 'conférence', 'message', 'lettre', 'courriel', 'discours', 'vidéo', 'twitter', 'x', 'facebook', 'radio', 'télévision'],
    notClauseStarts: ['à', 'de', 'pour', 'avec', 'sur', 'dans', 'selon', 'après', 'avant', 'pendant', 'par', 'comme'],
    listeners: ['lui', 'leur', 'nous', 'vous', 'journalistes'],
    clauseOpeners: ['il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'vous', 'qui', 'parce', 'si', 'quand', 'est', 'sont', 'était', 'ne', 'pas'],
    wordsNouns: ['mots', 'termes', 'expression', 'formule'],
    wordsCues: ['mots', 'termes', 'formule'],
    possessives: ['ses', 'son', 'sa', 'leurs', 'leur'],
    titleMinorWords: ['de', 'du', 'des', 'la', 'le', 'les', 'l’', "l'", 'et', 'ou', 'en', 'à', 'au', 'aux', 'pour', 'sur', 'un', 'une'],
    notNouns: ['de', 'du', 'des', 'à', 'au', 'aux', 'en', 'et', 'ou', 'mais', 'que', 'qui', 'pour', 'par', 'sur', 'dans', 'avec', 'est', 'sont', 'a', 'ont', 'le', 'la', 'les', 'un', 'une'],
    determinerLike: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs'],
    roleEndPrepositions: ['de', 'du', 'des', 'à', 'au', 'aux', 'pour', 'chez', 'dans', 'qui'],
    honorifics: ['M', 'M.', 'Mme', 'Mlle', 'Me'],
    researchHeads: ['directeur', 'directrice', 'responsable', 'fondateur', 'fondatrice', 'doyen', 'doyenne'],
    researchBodies: ['institut', 'université', 'école', 'centre', 'laboratoire', 'labo', 'académie', 'observatoire', 'recherche'],
    nameSuffixes: ['Jr', 'Jr.', 'II', 'III', 'IV'],
    abbreviations: ['Mme', 'Mlle', 'Pr'],
    markers: ['le', 'les', 'des', 'du', 'est', 'une', 'dans', 'pour', 'avec', 'sur', 'mais', 'qui', 'au', 'aux', 'été'],
  },
  endings: { participle: [], past: [], plural: [], adverb: [], notName: [], contraction: [], finiteContraction: [] },
  patterns: {
    // Imperfect, future and conditional forms: "était", "coûtera", "pourraient".
    finiteForms: [/^\p{Ll}{2,}(?:ait|aient|era|eront|erait|eraient)$/u],
    partyAffiliation: null,
    age: null,
    trailingCue: null,
    pronounInVerb: /-(?:t-)?(il|elle|ils|elles)$/i,
    leadingElision: null,
  },
};
