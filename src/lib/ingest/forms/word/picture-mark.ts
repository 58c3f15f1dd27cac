/**
 * Where each inline picture stood in a .doc's text (forms/word/doc.ts): a Unicode noncharacter, which no
 * document's own text holds (one that did is read as U+FFFD), so the reader puts the picture's lines there.
 */
export const PICTURE_MARK = '\uFDD0';
