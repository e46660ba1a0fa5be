/** Zero-width and bidi control characters: invisible, and they break matching. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Turns any article text into Marsad's canonical form: NFC, no invisible
 * characters, spaces collapsed within lines, and paragraphs separated by
 * exactly one blank line. Offsets downstream index into this form.
 */
export function cleanText(input: string): string {
  return splitParagraphs(input).join('\n\n');
}

/** The non-empty paragraphs of a text, each on one line. */
export function splitParagraphs(input: string): string[] {
  const text = input.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\r\n?/g, '\n');
  return text
    .split(/\n/)
    .map((line) => line.replace(/[\t\f\v \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
