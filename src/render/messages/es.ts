import { PLATFORM_LABELS } from '../../model/platforms.js';
import type { Messages } from './messages.js';

export const es: Messages = {
  categories: { M: 'básica', O: 'de desempeño', A: 'atractiva', I: 'indiferente', R: 'inversa', Q: 'cuestionable' },
  head: { rank: '#', feature: 'Función', category: 'Categoría', better: 'Satisf.', worse: 'Insatisf.', strength: 'Fuerza', fong: 'Fong', stability: 'Estabilidad', importance: 'Importancia', refined: 'Refinada (Yang)' },
  refined: {
    'highly-attractive': 'muy atractiva', 'less-attractive': 'poco atractiva', 'high-value-added': 'alto valor añadido',
    'low-value-added': 'bajo valor añadido', 'critical': 'crítica', 'necessary': 'necesaria', 'potential': 'potencial', 'care-free': 'prescindible',
  },
  ciNote: ({ level, resamples, seed }) =>
    `[ ] intervalos de Wilson al ${level * 100}%; Estabilidad: proporción de ${resamples} remuestreos bootstrap (semilla ${seed}) en que la categoría sigue primera.`,
  fong: { significant: 'sig', notSignificant: 'n.s.' },
  sortedBy: (rule) => `Orden: ${rule}.`,
  sortRules: {
    priority:
      'prioridad (Berger et al. 1993): primero las básicas, luego de desempeño, atractivas, indiferentes, inversas, cuestionables; ' +
      'básicas por |Worse|, de desempeño por Better + |Worse|, atractivas por Better, el resto por Better + |Worse|, de mayor a menor',
    weighted: 'prioridad ponderada por la importancia: categorías como en la prioridad, dentro de cada una la puntuación por la importancia media, de mayor a menor',
    importance: 'importancia declarada media, de mayor a menor',
    better: 'Better, de mayor a menor',
    worse: '|Worse|, de mayor a menor',
    name: 'nombre de la función, de la A a la Z',
    input: 'el orden de la entrada',
  },
  sharesNote: 'A O M I R Q: proporciones de n, los pares de respuestas válidos.',
  formulaNote:
    'Satisf. (Better) = (A+O)/(A+O+M+I); Insatisf. (Worse) = -(O+M)/(A+O+M+I); Fuerza = proporción de la primera categoría menos la de la segunda.',
  fongNote: 'Fong: sig = las dos primeras categorías difieren significativamente (Fong 1996, alfa 0,10); n.s. = mixta, se muestran ambas, la principal primero.',
  refinedNote: (threshold) => `Categorías refinadas (Yang 2005): separadas en la media de las importancias medias de las funciones, ${threshold.toFixed(2)}.`,
  ruleNote: (rule, table) => `Categoría según la regla ${rule}, tabla de evaluación ${table} (--rule, --table).`,
  segments: {
    title: 'Segmentos',
    chi2: 'χ²',
    p: 'p (Holm)',
    v: 'V',
    note: (column, min) =>
      `Por ${column}: categoría, Satisf./Insatisf. y (n) por segmento (encuestados en el encabezado). Prueba χ² segmento × categoría con los segmentos de ` +
      `al menos ${min} encuestados (p de Monte Carlo si las frecuencias esperadas son pequeñas), ajustada por Holm; * p < 0,05; V = V de Cramér.`,
  },
  report: {
    title: 'Informe Kano',
    input: 'Datos',
    diagram: 'Diagrama de satisfacción e insatisfacción',
    shares: 'Proporciones por categoría',
    priority: 'Prioridades',
    method: 'Método',
    segment: (value, respondents) => `Segmento ${value} (${respondents} encuestados)`,
    generated: (when) => `Generado el ${when}`,
    evaluationTable: 'Tabla de evaluación: respuesta funcional (filas) × respuesta disfuncional (columnas)',
  },
  compare: {
    title: 'Comparación Kano',
    head: { old: 'Antes', new: 'Después', direction: 'Ciclo de vida', better: 'Δ Satisf.', worse: 'Δ |Insatisf.|' },
    directions: { 'along': 'a favor', 'against': 'en contra', 'none': 'sin cambio', 'off-cycle': 'fuera del ciclo' },
    onlyOld: (names) => `Solo en la ola anterior: ${names}.`,
    onlyNew: (names) => `Solo en la ola nueva: ${names}.`,
    note: (level) =>
      `Categoría y (n) por ola; ciclo de vida indiferente → atractiva → de desempeño → básica; prueba χ² ola × categoría, ajustada por Holm, * p < 0,05; ` +
      `Δ = nueva − anterior con el intervalo de Newcombe al ${level * 100} %.`,
  },
  continuous: {
    title: 'Análisis continuo',
    functionalMean: 'Funcional',
    dysfunctionalMean: 'Disfuncional',
    sd: 'DE',
    quadrant: 'Cuadrante',
    note:
      'Medias de las puntuaciones de DuMouchel (funcional: me gusta 4, lo espero 2, indiferente 0, lo tolero -1, no me gusta -2; ' +
      'disfuncional: me gusta -2, lo espero -1, indiferente 0, lo tolero 2, no me gusta 4) con desviación estándar muestral; ' +
      'los cuadrantes se separan en 2, una convención, no una ley.',
  },
  title: 'Análisis Kano',
  warningsTitle: 'Advertencias',
  warningLabel: 'advertencia:',
  warnings: {
    'no-valid-pairs': () => 'ningún par de respuestas válido; sus cifras son nulas',
    'coefficients-undefined': ({ n }) =>
      `los ${n} pares válidos son inversos o cuestionables, así que Better y Worse no están definidos (A + O + M + I = 0)`,
    'invalid-skipped': ({ pairs }) => `pares con una respuesta no reconocida omitidos: ${pairs} (--on-invalid skip)`,
    'row-count-mismatch': ({ functional, dysfunctional }) =>
      `el archivo funcional tiene ${functional} filas y el disfuncional ${dysfunctional}; las filas se emparejaron por orden ` +
      'y las que no tienen pareja cuentan como incompletas (use --id COLUMNA para emparejar por encuestado)',
    'unmatched-ids': ({ functionalOnly, dysfunctionalOnly, column }) =>
      `encuestados solo en el archivo funcional: ${functionalOnly}; solo en el disfuncional: ${dysfunctionalOnly} ` +
      `(emparejados por "${column}"); sus respuestas cuentan como incompletas`,
    'relaxed-rows': ({ short, long }) =>
      `--relax-columns: filas con celdas finales ausentes (leídas como vacías): ${short}; filas con celdas de más (ignoradas): ${long}`,
    'questionable-share': ({ share, threshold }) =>
      `el ${Math.round(share * 100)} % de los pares válidos son cuestionables (más del ${Math.round(threshold * 100)} %): puede que la pregunta se entienda mal`,
    'small-segments': ({ column, min, segments }) =>
      `${column}: los segmentos con menos de ${min} encuestados se muestran pero no se contrastan: ${segments} (--min-segment)`,
    'n-unknown': ({ features }) =>
      `características dadas en porcentajes sin n: ${features}; sus recuentos son porcentajes, y n, la prueba de Fong y los intervalos no están disponibles (indique --n o una columna n)`,
  },
  summary: {
    platforms: { ...PLATFORM_LABELS, generic: 'CSV genérico' },
    delimiters: { ',': 'comas', ';': 'punto y coma', '\t': 'tabulaciones', '|': 'barras verticales' },
    source: (a) =>
      `${a.names}: ${a.generic ? a.platform : `exportación de ${a.platform}`}${a.headerRows > 1 ? ` (${a.headerRows} filas de encabezado)` : ''}, ` +
      `formato ${a.layout}${a.matched}, funciones: ${a.features}, ${a.encodings}, separado por ${a.delimiters}`,
    matchedByOrder: ', filas emparejadas por orden',
    matchedBy: (column) => `, filas emparejadas por "${column}"`,
    rows: (read, used) => `filas: ${read} leídas = ${used} usadas`,
    rowReasons: {
      blank: (n) => `${n} vacías`,
      incomplete: (n) => `${n} incompletas`,
      invalid: (n) => `${n} con respuestas no reconocidas`,
      preview: (n) => `${n} de vista previa`,
      test: (n) => `${n} de prueba`,
      spam: (n) => `${n} de spam`,
      partial: (n) => `${n} parciales (--complete-only)`,
      questionable: (n) => `${n} por encima de --max-questionable`,
    },
    quality: (respondents, pairs, reverse) =>
      `calidad: encuestados con respuestas cuestionables: ${respondents} (${pairs} pares); con respuestas inversas: ${reverse}`,
    partialUsed: (n) => `; respuestas parciales: ${n}, usadas con los pares que completaron`,
    emptyLines: (n) => `; líneas vacías omitidas: ${n}`,
    pairs: (used) => `pares de respuestas: ${used} usados`,
    pairReasons: {
      incomplete: (n) => `${n} incompletos (un lado vacío)`,
      blank: (n) => `${n} sin responder`,
      invalid: (n) => `${n} omitidos (respuesta no reconocida)`,
    },
    questions: (functional, dysfunctional, by) =>
      `preguntas: funcional "${functional}", disfuncional "${dysfunctional}", distinguidas ` +
      { negation: 'por la negación', option: 'según lo indicado', order: 'por posición, la funcional primero (--functional/--dysfunctional para cambiarlo)' }[by],
    ignored: (columns) => `columnas ignoradas: ${columns}`,
    numeric: (n, mapping) => `respuestas numéricas: ${n} celdas leídas como ${mapping} (--codes)`,
    scale3: 'escala de 3 puntos: "lo espero" y "lo tolero" cuentan como neutrales (--scale 3)',
    customLabels: (n) => `formulaciones de respuesta añadidas con --answers: ${n}`,
  },
  inspect: {
    source: (a) =>
      `${a.platform}, ${a.encoding}, separado por ${a.delimiter}, filas de encabezado: ${a.headerRows}, filas de datos: ${a.records}` +
      (a.blankLines > 0 ? `, líneas vacías: ${a.blankLines}` : ''),
    layout: (layout, features) => `formato: ${layout}, funciones: ${features}`,
    partial: (n) => `; parciales: ${n}`,
    excluded: (where, reason) => `  excluida: ${where} (${{ preview: 'vista previa', test: 'prueba', spam: 'spam', partial: 'parcial', questionable: 'cuestionable' }[reason]})`,
    featureHead: ['Función', 'Columna funcional', 'Columna disfuncional'],
    answerHead: ['Respuesta', 'Veces', 'Leída como'],
    blankValue: '(vacía)',
    notAnswered: 'sin responder',
    unrecognised: 'NO RECONOCIDA',
    code: ' (código)',
    wouldRun: 'kano analyze funcionaría con esta entrada.',
    wouldStop: 'analyze se detendría:',
  },
};
