// Spanish role nouns and the category they give a speaker (see ANNOTATION.md),
// written by hand in the shape of roles-en.generated.ts (no Spanish WordNet is
// packaged for npm or Debian). Masculine and feminine forms, singular and plural.
// The entries in es.ts `roleCategory` take precedence over these.

export const ROLE_WORDS_ES: Record<'official' | 'expert' | 'other', readonly string[]> = {
  official: [
    'presidente|presidenta|vicepresidente|vicepresidenta|primer ministro|primera ministra|ministro|ministra|canciller',
    'secretario|secretaria|subsecretario|subsecretaria|secretario general|secretaria general|jefe de gabinete|jefa de gabinete',
    'gobernador|gobernadora|intendente|intendenta|alcalde|alcaldesa|concejal|concejala|edil|regidor|regidora',
    'senador|senadora|diputado|diputada|legislador|legisladora|parlamentario|parlamentaria|congresista|eurodiputado|eurodiputada',
    'embajador|embajadora|cónsul|diplomático|diplomática|enviado|enviada|canciller',
    'portavoz|vocero|vocera|funcionario|funcionaria|funcionarios|autoridad|autoridades|delegado|delegada|comisionado|comisionada',
    'juez|jueza|magistrado|magistrada|fiscal|fiscala|procurador|procuradora|defensor del pueblo|defensora del pueblo',
    'policía|comisario|comisaria|inspector|inspectora|agente|sargento|capitán|capitana|coronel|general|teniente|almirante|comandante',
    'jefe|jefa|director|directora|director general|directora general|gerente|gerente general|consejero delegado|consejera delegada',
    'presidente ejecutivo|presidenta ejecutiva|fundador|fundadora|cofundador|cofundadora|propietario|propietaria|dueño|dueña',
    'líder|lideresa|dirigente|sindicalista|candidato|candidata|rey|reina|príncipe|princesa|papa|obispo|arzobispo|cardenal',
    'consejero|consejera|asesor|asesora|responsable|titular|coordinador|coordinadora|administrador|administradora|gobernante',
  ],
  expert: [
    'profesor|profesora|catedrático|catedrática|docente universitario|docente universitaria|académico|académica|investigador|investigadora',
    'científico|científica|experto|experta|especialista|analista|economista|politólogo|politóloga|sociólogo|socióloga',
    'historiador|historiadora|jurista|abogado|abogada|constitucionalista|médico|médica|doctor|doctora|epidemiólogo|epidemióloga',
    'psicólogo|psicóloga|psiquiatra|ingeniero|ingeniera|arquitecto|arquitecta|físico|física|químico|química|biólogo|bióloga',
    'estadístico|estadística|demógrafo|demógrafa|meteorólogo|meteoróloga|consultor|consultora|encuestador|encuestadora',
    'estratega|investigador principal|investigadora principal|filósofo|filósofa|antropólogo|antropóloga|geógrafo|geógrafa',
    'infectólogo|infectóloga|pediatra|cirujano|cirujana|enfermero|enfermera|farmacéutico|farmacéutica|veterinario|veterinaria',
  ],
  other: [
    'vecino|vecina|vecinos|residente|testigo|víctima|madre|padre|hijo|hija|hermano|hermana|esposa|esposo|marido|amigo|amiga',
    'estudiante|alumno|alumna|aficionado|aficionada|jugador|jugadora|deportista|atleta|cantante|actor|actriz|artista|escritor|escritora',
    'cliente|pasajero|pasajera|conductor|conductora|trabajador|trabajadora|obrero|obrera|jubilado|jubilada|manifestante',
    'activista|militante|maestro|maestra|agricultor|agricultora|comerciante|inquilino|inquilina|voluntario|voluntaria|sobreviviente',
    'periodista|usuario|usuaria|turista|votante|ciudadano|ciudadana|paciente|familiar',
  ],
};

/** Research bodies: who heads one speaks from expertise. */
export const RESEARCH_BODY_WORDS_ES: readonly string[] = [
  'universidad|instituto|facultad|centro de investigación|centro de estudios|laboratorio|observatorio|academia|fundación de estudios',
  'escuela de posgrado|think tank|usina de pensamiento|conicet|colegio de méxico',
];

/** Organisations that speak as themselves. */
export const ORGANIZATION_WORDS_ES: readonly string[] = [
  'gobierno|ministerio|secretaría|empresa|compañía|sociedad|firma|grupo|partido|sindicato|policía|ejército|tribunal|juzgado',
  'agencia|organización|asociación|fundación|federación|confederación|cámara|comisión|consejo|ayuntamiento|municipio|banco',
  'club|equipo|consorcio|cooperativa|ong|embajada|consulado|fiscalía|defensoría',
];
