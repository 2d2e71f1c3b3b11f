import type { Format } from './format';
import type { MessageCode, MessageParams } from './params';

/**
 * One language's sentences. The mapped type makes the build fail when a code has
 * no sentence in a language (or a catalogue has a sentence for no code).
 */
export type Catalogue = { readonly [C in MessageCode]: (p: MessageParams[C], f: Format) => string };
