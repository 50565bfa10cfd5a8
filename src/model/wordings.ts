import type { Answer } from './answers.js';

/**
 * Answer wordings recognised without configuration, per language, every documented variant.
 * Matched as whole strings after normaliseLabel (case, whitespace, punctuation and quote style
 * ignored), never as substrings: "I dislike it" must not match "I like it".
 * Sources: KANO-METHODS.md §1; INPUTS-AND-CONVENTIONS.md §2.2 (Kano 1984 / Sauerwein, Berger 1993,
 * Blauth, Zacarias, and wordings seen in published scripts, including a known typo).
 */
export const WORDINGS: Record<'en', Record<Answer, readonly string[]>> = {
  en: {
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
};
