import { PLATFORM_LABELS } from '../../model/platforms.js';
import type { Messages } from './messages.js';

export const ru: Messages = {
  categories: { M: 'обязательная', O: 'одномерная', A: 'привлекательная', I: 'безразличная', R: 'обратная', Q: 'сомнительная' },
  head: { rank: '#', feature: 'Функция', category: 'Категория', better: 'Удовл.', worse: 'Неудовл.', strength: 'Сила', fong: 'Fong', stability: 'Устойч.', importance: 'Важность', refined: 'Уточн. (Ян)' },
  refined: {
    'highly-attractive': 'очень привлекательная', 'less-attractive': 'менее привлекательная', 'high-value-added': 'высокая ценность',
    'low-value-added': 'низкая ценность', 'critical': 'критическая', 'necessary': 'необходимая', 'potential': 'потенциальная', 'care-free': 'несущественная',
  },
  ciNote: ({ level, resamples, seed }) =>
    `[ ] интервалы Вильсона ${level * 100}%; Устойч.: доля из ${resamples} бутстреп-выборок (зерно ${seed}), где категория остаётся первой.`,
  fong: { significant: 'знач.', notSignificant: 'н.з.' },
  sortedBy: (rule) => `Порядок: ${rule}.`,
  sortRules: {
    priority:
      'приоритет (Berger et al. 1993): сначала обязательные, затем одномерные, привлекательные, безразличные, обратные, сомнительные; ' +
      'обязательные по |Worse|, одномерные по Better + |Worse|, привлекательные по Better, остальные по Better + |Worse|, по убыванию',
    weighted: 'приоритет с учётом важности: категории как в приоритете, внутри — балл приоритета, умноженный на среднюю важность, по убыванию',
    importance: 'средняя заявленная важность, по убыванию',
    better: 'Better, по убыванию',
    worse: '|Worse|, по убыванию',
    name: 'название функции, по алфавиту',
    input: 'порядок во входных данных',
  },
  sharesNote: 'A O M I R Q: доли от n, числа действительных пар ответов.',
  formulaNote: 'Удовл. (Better) = (A+O)/(A+O+M+I); Неудовл. (Worse) = -(O+M)/(A+O+M+I); Сила = доля первой категории минус доля второй.',
  fongNote: 'Fong: знач. = две первые категории различаются значимо (Fong 1996, альфа 0,10); н.з. = смешанная, показаны обе, основная первой.',
  refinedNote: (threshold) => `Уточнённые категории (Ян, 2005): граница — среднее из средних оценок важности функций, ${threshold.toFixed(2)}.`,
  ruleNote: (rule, table) => `Категория по правилу ${rule}, таблица оценки ${table} (--rule, --table).`,
  segments: {
    title: 'Сегменты',
    chi2: 'χ²',
    p: 'p (Холм)',
    v: 'V',
    note: (column, min) =>
      `По ${column}: категория, Удовл./Неудовл. и (n) по сегментам (респонденты в заголовке). Критерий χ² сегмент × категория по сегментам ` +
      `не менее чем с ${min} респондентами (p методом Монте-Карло при малых ожидаемых частотах), поправка Холма; * p < 0,05; V — V Крамера.`,
  },
  report: {
    title: 'Отчёт Кано',
    input: 'Данные',
    diagram: 'Диаграмма Better–Worse',
    shares: 'Доли категорий',
    priority: 'Приоритеты',
    method: 'Метод',
    segment: (value, respondents) => `Сегмент ${value} (респондентов: ${respondents})`,
    generated: (when) => `Создан ${when}`,
    evaluationTable: 'Таблица оценки: функциональный ответ (строки) × дисфункциональный ответ (столбцы)',
  },
  compare: {
    title: 'Сравнение Кано',
    head: { old: 'Было', new: 'Стало', direction: 'Жизненный цикл', better: 'Δ Удовл.', worse: 'Δ |Неудовл.|' },
    directions: { 'along': 'по циклу', 'against': 'против цикла', 'none': 'без изменений', 'off-cycle': 'вне цикла' },
    onlyOld: (names) => `Только в прежней волне: ${names}.`,
    onlyNew: (names) => `Только в новой волне: ${names}.`,
    note: (level) =>
      `Категория и (n) по волнам; жизненный цикл: безразличная → привлекательная → одномерная → обязательная; критерий χ² волна × категория, ` +
      `поправка Холма, * p < 0,05; Δ = новая − прежняя с интервалом Ньюкомба ${level * 100}%.`,
  },
  continuous: {
    title: 'Непрерывный анализ',
    functionalMean: 'Функц.',
    dysfunctionalMean: 'Дисфункц.',
    sd: 'СКО',
    quadrant: 'Квадрант',
    note:
      'Средние баллы DuMouchel (функциональный: нравится 4, ожидаю 2, всё равно 0, могу смириться -1, не нравится -2; ' +
      'дисфункциональный: нравится -2, ожидаю -1, всё равно 0, могу смириться 2, не нравится 4) и выборочное СКО; ' +
      'квадранты разделены на уровне 2 — это соглашение, а не закон.',
  },
  title: 'Анализ Кано',
  warningsTitle: 'Предупреждения',
  warningLabel: 'предупреждение:',
  warnings: {
    'no-valid-pairs': () => 'нет ни одной действительной пары ответов; показатели не определены',
    'coefficients-undefined': ({ n }) =>
      `все действительные пары (${n}) — обратные или сомнительные, поэтому Better и Worse не определены (A + O + M + I = 0)`,
    'invalid-skipped': ({ pairs }) => `пропущено пар с нераспознанным ответом: ${pairs} (--on-invalid skip)`,
    'row-count-mismatch': ({ functional, dysfunctional }) =>
      `строк в функциональном файле: ${functional}, в дисфункциональном: ${dysfunctional}; строки сопоставлены по порядку, ` +
      'строки без пары считаются неполными (--id СТОЛБЕЦ сопоставит по респонденту)',
    'unmatched-ids': ({ functionalOnly, dysfunctionalOnly, column }) =>
      `респондентов только в функциональном файле: ${functionalOnly}, только в дисфункциональном: ${dysfunctionalOnly} ` +
      `(сопоставление по «${column}»); их ответы считаются неполными`,
    'relaxed-rows': ({ short, long }) =>
      `--relax-columns: строк без последних ячеек (прочитаны как пустые): ${short}, строк с лишними ячейками (проигнорированы): ${long}`,
    'questionable-share': ({ share, threshold }) =>
      `${Math.round(share * 100)}% действительных пар — сомнительные (больше ${Math.round(threshold * 100)}%): вопрос, возможно, понят неверно`,
    'small-segments': ({ column, min, segments }) =>
      `${column}: сегменты, где респондентов меньше ${min}, показаны, но не проверяются: ${segments} (--min-segment)`,
    'n-unknown': ({ features }) =>
      `функций в процентах без n: ${features}; их числа — проценты, а n, критерий Фонга и интервалы недоступны (укажите --n или столбец n)`,
  },
  summary: {
    platforms: { ...PLATFORM_LABELS, generic: 'обычный CSV' },
    delimiters: { ',': 'запятая', ';': 'точка с запятой', '\t': 'табуляция', '|': 'вертикальная черта' },
    source: (a) =>
      `${a.names}: ${a.generic ? a.platform : `экспорт ${a.platform}`}${a.headerRows > 1 ? ` (строк заголовка: ${a.headerRows})` : ''}, ` +
      `формат ${a.layout}${a.matched}, функций: ${a.features}, ${a.encodings}, разделитель: ${a.delimiters}`,
    matchedByOrder: ', строки сопоставлены по порядку',
    matchedBy: (column) => `, строки сопоставлены по «${column}»`,
    rows: (read, used) => `строки: прочитано ${read} = использовано ${used}`,
    rowReasons: {
      blank: (n) => `пустых ${n}`,
      incomplete: (n) => `неполных ${n}`,
      invalid: (n) => `с нераспознанными ответами ${n}`,
      preview: (n) => `предпросмотр ${n}`,
      test: (n) => `тестовых ${n}`,
      spam: (n) => `спам ${n}`,
      partial: (n) => `частичных ${n} (--complete-only)`,
      questionable: (n) => `сверх --max-questionable ${n}`,
    },
    quality: (respondents, pairs, reverse) =>
      `качество: респондентов с сомнительными ответами: ${respondents} (пар: ${pairs}), с обратными: ${reverse}`,
    partialUsed: (n) => `; частичных ответов: ${n}, учтены заполненные пары`,
    emptyLines: (n) => `; пропущено пустых строк: ${n}`,
    pairs: (used) => `пары ответов: использовано ${used}`,
    pairReasons: {
      incomplete: (n) => `неполных (одна сторона пуста) ${n}`,
      blank: (n) => `без ответа ${n}`,
      invalid: (n) => `пропущено (нераспознанный ответ) ${n}`,
    },
    questions: (functional, dysfunctional, by) =>
      `вопросы: функциональный «${functional}», дисфункциональный «${dysfunctional}», различены ` +
      { negation: 'по отрицанию', option: 'как указано', order: 'по порядку, функциональный первым (--functional/--dysfunctional, чтобы изменить)' }[by],
    ignored: (columns) => `игнорируемые столбцы: ${columns}`,
    numeric: (n, mapping) => `числовые ответы: ячеек ${n}, прочитаны как ${mapping} (--codes)`,
    scale3: 'шкала из 3 пунктов: «ожидаю» и «могу смириться» считаются нейтральными (--scale 3)',
    customLabels: (n) => `формулировок ответов добавлено через --answers: ${n}`,
  },
  inspect: {
    source: (a) =>
      `${a.platform}, ${a.encoding}, разделитель: ${a.delimiter}, строк заголовка: ${a.headerRows}, строк данных: ${a.records}` +
      (a.blankLines > 0 ? `, пустых строк: ${a.blankLines}` : ''),
    layout: (layout, features) => `формат: ${layout}, функций: ${features}`,
    partial: (n) => `; частичных: ${n}`,
    excluded: (where, reason) => `  исключена: ${where} (${{ preview: 'предпросмотр', test: 'тест', spam: 'спам', partial: 'частичный ответ', questionable: 'много сомнительных ответов' }[reason]})`,
    featureHead: ['Функция', 'Функциональный столбец', 'Дисфункциональный столбец'],
    answerHead: ['Ответ', 'Раз', 'Прочитан как'],
    blankValue: '(пусто)',
    notAnswered: 'нет ответа',
    unrecognised: 'НЕ РАСПОЗНАН',
    code: ' (код)',
    wouldRun: 'kano analyze сможет обработать эти данные.',
    wouldStop: 'analyze остановится:',
  },
};
