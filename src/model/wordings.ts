import type { Answer } from './answers.js';

export const WORDING_LANGUAGES = ['en', 'es', 'zh-Hans', 'zh-Hant', 'ru', 'de', 'fr', 'pt', 'ja'] as const;
export type WordingLanguage = (typeof WORDING_LANGUAGES)[number];

/**
 * Answer wordings recognised without configuration: one entry per language, every documented variant.
 * Matched as whole strings after normaliseLabel (case, spacing, punctuation and quote style ignored),
 * never as substrings, so "No me gusta" is not "Me gusta" and 不喜欢 is not 喜欢.
 * Sources (INPUTS-AND-CONVENTIONS.md §2.2–2.3, where confidence is marked per language): en Kano 1984 /
 * Sauerwein, Berger 1993, Blauth, Zacarias and published scripts (including a known typo); es kupdf
 * "Ejemplo Modelo Kano" and CiroMirkin/Apuntes [verified] plus common practice; zh-Hans wenerme/wener
 * and public tutorials [verified]; zh-Hant, ru, fr, pt [unverified: the common wordings, to be checked
 * against live exports]; de stp4/stp25kano [verified] and published code; ja scrapbox 狩野モデル [verified].
 * zh-Hant traditional forms of the simplified variants are included as their direct transliteration.
 */
export const WORDINGS = {
  'en': {
    like: [
      'I like it that way', 'I like it', 'I would like it', 'Like it', 'Like',
      'I enjoy it that way', 'I enjoy it', 'This would be very helpful to me',
    ],
    expect: [
      'It must be that way', 'I must be that way', 'Must be that way', 'I expect it', 'I expect it that way',
      'I expect it to be that way', 'I am expecting it to be that way', 'Expect it', 'Expect',
      'It is a basic necessity', 'This is a basic requirement for me',
    ],
    neutral: [
      'I am neutral', "I'm neutral", 'I feel neutral', 'Neutral', "I don't care", "Don't care",
      'This would not affect me',
    ],
    tolerate: [
      'I can live with it that way', 'I can live with it', 'Can live with it', 'Live with it', 'I can tolerate it',
      'I can tolerate it that way', 'Tolerate', 'I can accept it', 'I can accept it to be that way',
      'I dislike it, but I can live with it that way', 'I dislike it but I can live with it',
      'This would be a minor inconvenience',
    ],
    dislike: [
      'I dislike it that way', 'I dislike it', 'Dislike it', 'Dislike', 'I dislike it that whay',
      "I dislike it, and I can't accept it", "I dislike it and I can't accept it",
      'This would be a major problem for me',
    ],
  },
  'es': {
    like: ['Me gusta', 'Me gusta de esa forma', 'Me gustaría', 'Me alegraría'],
    expect: ['Lo espero', 'Debe ser', 'Debe ser de esa forma', 'Lo doy por hecho', 'Lo esperaría'],
    neutral: ['Me es indiferente', 'Neutral', 'Soy neutral', 'No me importa'],
    tolerate: ['Lo tolero', 'Tolerable', 'Podría tolerarlo'],
    dislike: ['No me gusta', 'Me disgusta', 'Me disgusta de esa forma', 'Me desagrada', 'Me molesta'],
  },
  'zh-Hans': {
    like: ['喜欢', '我很喜欢', '非常喜欢'],
    expect: ['理所当然', '理应如此', '必须这样'],
    neutral: ['无所谓'],
    tolerate: ['能忍受', '勉强接受', '可以忍受'],
    dislike: ['不喜欢', '很不喜欢', '我很不喜欢'],
  },
  'zh-Hant': {
    like: ['喜歡', '我很喜歡', '非常喜歡'],
    expect: ['理所當然', '理應如此', '必須這樣'],
    neutral: ['無所謂'],
    tolerate: ['能忍受', '可以接受', '勉強接受', '可以忍受'],
    dislike: ['不喜歡', '很不喜歡', '我很不喜歡'],
  },
  'ru': {
    like: ['Мне нравится'],
    expect: ['Я этого ожидаю', 'Так и должно быть', 'Это обязательно'],
    neutral: ['Мне всё равно', 'Нейтрально'],
    tolerate: ['Могу смириться', 'Могу с этим мириться', 'Терпимо'],
    dislike: ['Мне не нравится'],
  },
  'de': {
    like: ['Das würde mich sehr freuen'],
    expect: ['Das setze ich voraus'],
    neutral: ['Das ist mir egal'],
    tolerate: ['Das könnte ich in Kauf nehmen', 'Das könnte ich eventuell in Kauf nehmen', 'Das könnte ich hinnehmen', 'Das würde mich nicht stören'],
    dislike: ['Das würde mich sehr stören', 'Das würde mich stören'],
  },
  'fr': {
    like: ["J'aime", 'Cela me plairait'],
    expect: ["C'est normal", "Je m'y attends", "C'est indispensable"],
    neutral: ["Cela m'est égal", 'Je suis neutre'],
    tolerate: ["Je peux l'accepter", "Je m'en accommode"],
    dislike: ["Je n'aime pas", 'Cela me déplairait'],
  },
  'pt': {
    like: ['Gosto', 'Eu gosto'],
    expect: ['Espero', 'É obrigatório', 'Deve ser assim'],
    neutral: ['Sou neutro', 'Indiferente'],
    tolerate: ['Posso tolerar', 'Tolero'],
    dislike: ['Não gosto'],
  },
  'ja': {
    like: ['気に入る'],
    expect: ['当然である'],
    neutral: ['何とも感じない', 'なんとも感じない'],
    tolerate: ['仕方ない', 'しかたない'],
    dislike: ['気に入らない'],
  },
} as const satisfies Record<WordingLanguage, Record<Answer, readonly string[]>>;
