/**
 * The words of a 5-point importance scale (1 = not at all important … 5 = extremely important), per
 * language, matched whole after normaliseLabel. English is the common Likert wording; the others are
 * their usual survey-tool equivalents [unverified against live exports].
 */
export const IMPORTANCE_WORDS: Record<string, readonly [string[], string[], string[], string[], string[]]> = {
  en: [['Not at all important', 'Not important'], ['Slightly important', 'Low importance'], ['Moderately important', 'Neutral'], ['Very important'], ['Extremely important']],
  es: [['Nada importante'], ['Poco importante'], ['Moderadamente importante', 'Algo importante'], ['Muy importante'], ['Extremadamente importante', 'Sumamente importante']],
  zh: [['完全不重要', '一点也不重要'], ['不太重要', '有点重要'], ['一般重要', '一般'], ['很重要', '比较重要'], ['极其重要', '非常重要', '極其重要']],
  ru: [['Совсем не важно'], ['Не очень важно', 'Мало важно'], ['Умеренно важно', 'Средне важно'], ['Очень важно'], ['Крайне важно', 'Чрезвычайно важно']],
  de: [['Überhaupt nicht wichtig', 'Gar nicht wichtig'], ['Wenig wichtig', 'Eher unwichtig'], ['Mittelmäßig wichtig', 'Teils wichtig'], ['Sehr wichtig'], ['Äußerst wichtig', 'Extrem wichtig']],
  fr: [['Pas du tout important'], ['Peu important'], ['Moyennement important'], ['Très important'], ['Extrêmement important']],
  pt: [['Nada importante'], ['Pouco importante'], ['Moderadamente importante'], ['Muito importante'], ['Extremamente importante']],
  ja: [['全く重要でない', 'まったく重要でない'], ['あまり重要でない'], ['やや重要'], ['とても重要'], ['非常に重要']],
};

/** Words in a question stem that mark an importance question (for grids such as `How important is it? [f]`). */
export const IMPORTANCE_STEM = /important|importance|importan|importância|wichtig|重要|важн|важност/iu;
