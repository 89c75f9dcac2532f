// French role nouns and the category they give a speaker (see ANNOTATION.md),
// written by hand in the shape of roles-en.generated.ts (no French WordNet is
// packaged for npm or Debian). Masculine and feminine forms, singular and plural.
// The entries in fr.ts `roleCategory` take precedence over these.

export const ROLE_WORDS_FR: Record<'official' | 'expert' | 'other', readonly string[]> = {
  official: [
    'président|présidente|vice-président|vice-présidente|premier ministre|première ministre|ministre|secrétaire d’état',
    'secrétaire|secrétaire général|secrétaire générale|chef de cabinet|directeur de cabinet|directrice de cabinet',
    'maire|adjoint au maire|adjointe au maire|conseiller municipal|conseillère municipale|préfet|préfète|sous-préfet|gouverneur',
    'sénateur|sénatrice|député|députée|eurodéputé|eurodéputée|parlementaire|élu|élue|élus|édile|conseiller régional',
    'ambassadeur|ambassadrice|consul|diplomate|émissaire|envoyé|envoyée|porte-parole|fonctionnaire|haut fonctionnaire',
    'enquêteur|enquêtrice|juge|magistrat|magistrate|procureur|procureure|procureur de la république|avocat général|avocate générale|défenseur des droits',
    'policier|policière|commissaire|gendarme|inspecteur|inspectrice|capitaine|colonel|général|lieutenant|amiral|commandant',
    'chef|cheffe|directeur|directrice|directeur général|directrice générale|pdg|patron|patronne|dirigeant|dirigeante',
    'fondateur|fondatrice|cofondateur|cofondatrice|propriétaire|gérant|gérante|administrateur|administratrice|responsable',
    'leader|syndicaliste|délégué|déléguée|candidat|candidate|roi|reine|prince|princesse|pape|évêque|archevêque|cardinal',
    'conseiller|conseillère|chargé de mission|chargée de mission|coordinateur|coordinatrice|commissaire européen',
  ],
  expert: [
    'professeur|professeure|maître de conférences|enseignant-chercheur|enseignante-chercheuse|universitaire|chercheur|chercheuse',
    'scientifique|expert|experte|spécialiste|analyste|économiste|politologue|politiste|sociologue|historien|historienne',
    'juriste|constitutionnaliste|avocat|avocate|médecin|docteur|épidémiologiste|infectiologue|virologue|psychologue|psychiatre',
    'ingénieur|ingénieure|architecte|physicien|physicienne|chimiste|biologiste|statisticien|statisticienne|démographe',
    'météorologue|prévisionniste|consultant|consultante|sondeur|sondeuse|stratège|philosophe|anthropologue|géographe',
    'directeur de recherche|directrice de recherche|chercheur associé|chercheuse associée|pédiatre|chirurgien|chirurgienne',
    'infirmier|infirmière|pharmacien|pharmacienne|vétérinaire|climatologue|géopolitologue',
  ],
  other: [
    'habitant|habitante|habitants|riverain|riveraine|témoin|victime|mère|père|fils|fille|frère|sœur|épouse|époux|mari|ami|amie',
    'étudiant|étudiante|élève|supporter|joueur|joueuse|sportif|sportive|athlète|chanteur|chanteuse|acteur|actrice|artiste',
    'écrivain|écrivaine|client|cliente|passager|passagère|conducteur|conductrice|salarié|salariée|ouvrier|ouvrière|retraité|retraitée',
    'manifestant|manifestante|militant|militante|activiste|instituteur|institutrice|agriculteur|agricultrice|commerçant|commerçante',
    'locataire|bénévole|survivant|survivante|journaliste|usager|touriste|électeur|électrice|citoyen|citoyenne|patient|patiente|proche',
  ],
};

/** Research bodies: who heads one speaks from expertise. */
export const RESEARCH_BODY_WORDS_FR: readonly string[] = [
  'université|institut|faculté|centre de recherche|centre d’études|laboratoire|observatoire|académie|école normale supérieure',
  'think tank|cnrs|inserm|école des hautes études|fondation pour la recherche',
];

/** Organisations that speak as themselves. */
export const ORGANIZATION_WORDS_FR: readonly string[] = [
  'gouvernement|ministère|entreprise|société|groupe|parti|syndicat|police|gendarmerie|armée|tribunal|cour|agence|organisation',
  'association|fondation|fédération|confédération|commission|conseil|mairie|préfecture|banque|club|équipe|coopérative|ong',
  'ambassade|consulat|parquet',
];
