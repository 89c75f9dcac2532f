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
    qualifier: v(0.7, 'qualifie', 'a qualifié'),
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
    professeur: 'expert', professeure: 'expert', chercheur: 'expert', chercheuse: 'expert', économiste: 'expert',
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
};
