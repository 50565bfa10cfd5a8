import type { Answer } from './answers.js';
import type { Language } from './languages.js';

export interface QuestionnaireText {
  /** Language name, in that language. */
  name: string;
  /** The five answers, in questionnaire order; each is a built-in wording of WORDINGS. */
  answers: Record<Answer, string>;
  functional(feature: string): string;
  dysfunctional(feature: string): string;
  importance(feature: string): string;
  /** Grid stems for platforms that ask one question with the features as rows. */
  gridFunctional: string;
  gridDysfunctional: string;
  gridImportance: string;
  scaleNote: string;
  intro: string;
  gridIntro: string;
}

/**
 * Kano question pairs in the form of Berger et al. (1993): "How would you feel if the product had …?"
 * and its negation, with the answer wordings of KANO-METHODS.md §1 / INPUTS-AND-CONVENTIONS.md §2.3.
 */
export const QUESTIONNAIRES = {
  en: {
    name: 'English',
    answers: { like: 'I like it', expect: 'I expect it', neutral: 'I am neutral', tolerate: 'I can tolerate it', dislike: 'I dislike it' },
    functional: (f) => `How would you feel if the product had ${f}?`,
    dysfunctional: (f) => `How would you feel if the product did not have ${f}?`,
    importance: (f) => `How important is ${f} to you?`,
    gridFunctional: 'How would you feel if the product had this feature?',
    gridDysfunctional: 'How would you feel if the product did not have this feature?',
    gridImportance: 'How important is this feature to you?',
    scaleNote: '1 = not at all important … 9 = extremely important',
    intro: 'Ask every respondent both questions about each feature, with these five answers in this order:',
    gridIntro: 'Add two "Multiple choice grid" questions with the features as rows and these five answers as columns, in this order:',
  },
  es: {
    name: 'Español',
    answers: { like: 'Me gusta', expect: 'Lo espero', neutral: 'Me es indiferente', tolerate: 'Lo tolero', dislike: 'No me gusta' },
    functional: (f) => `¿Cómo se sentiría si el producto tuviera ${f}?`,
    dysfunctional: (f) => `¿Cómo se sentiría si el producto no tuviera ${f}?`,
    importance: (f) => `¿Qué importancia tiene ${f} para usted?`,
    gridFunctional: '¿Cómo se sentiría si el producto tuviera esta función?',
    gridDysfunctional: '¿Cómo se sentiría si el producto no tuviera esta función?',
    gridImportance: '¿Qué importancia tiene esta función para usted?',
    scaleNote: '1 = nada importante … 9 = extremadamente importante',
    intro: 'Haga a cada persona las dos preguntas sobre cada función, con estas cinco respuestas en este orden:',
    gridIntro: 'Añada dos preguntas de tipo "Cuadrícula de varias opciones" con las funciones como filas y estas cinco respuestas como columnas, en este orden:',
  },
  zh: {
    name: '中文',
    answers: { like: '喜欢', expect: '理所当然', neutral: '无所谓', tolerate: '能忍受', dislike: '不喜欢' },
    functional: (f) => `如果产品提供「${f}」，您的感受是？`,
    dysfunctional: (f) => `如果产品没有「${f}」，您的感受是？`,
    importance: (f) => `「${f}」对您有多重要？`,
    gridFunctional: '如果产品提供以下功能，您的感受是？',
    gridDysfunctional: '如果产品没有以下功能，您的感受是？',
    gridImportance: '以下功能对您有多重要？',
    scaleNote: '1 = 完全不重要 … 9 = 极其重要',
    intro: '请每位受访者就每项功能回答以下两个问题，答案按此顺序提供五个选项：',
    gridIntro: '添加两个"单选方格"问题，行为各项功能，列为以下五个答案（按此顺序）：',
  },
  ru: {
    name: 'Русский',
    answers: { like: 'Мне нравится', expect: 'Я этого ожидаю', neutral: 'Мне всё равно', tolerate: 'Могу смириться', dislike: 'Мне не нравится' },
    functional: (f) => `Если в продукте будет «${f}», как вы к этому отнесётесь?`,
    dysfunctional: (f) => `Если в продукте не будет «${f}», как вы к этому отнесётесь?`,
    importance: (f) => `Насколько для вас важно «${f}»?`,
    gridFunctional: 'Как бы вы отнеслись, если бы в продукте была эта функция?',
    gridDysfunctional: 'Как бы вы отнеслись, если бы в продукте не было этой функции?',
    gridImportance: 'Насколько для вас важна эта функция?',
    scaleNote: '1 — совсем не важно … 9 — крайне важно',
    intro: 'Задайте каждому респонденту оба вопроса о каждой функции с этими пятью ответами в таком порядке:',
    gridIntro: 'Добавьте два вопроса типа «Сетка (множественный выбор)»: строки — функции, столбцы — эти пять ответов в таком порядке:',
  },
} as const satisfies Record<Language, QuestionnaireText>;
