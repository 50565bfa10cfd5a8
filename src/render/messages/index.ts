import type { Language } from '../../model/languages.js';
import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export const MESSAGES = { en, es, zh, ru } as const satisfies Record<Language, Messages>;
export type { Messages } from './messages.js';
