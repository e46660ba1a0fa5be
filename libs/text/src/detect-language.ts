export interface DetectedLanguage {
  /** ISO 639-1 code, or "und" when the text gives no clear answer. */
  language: string;
  /** Share of letters in the winning script, 0..1. */
  confidence: number;
}

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const ENGLISH_FUNCTION_WORDS = /\b(?:the|of|and|to|in|is|was|for|on|that|with|by|said|from|at|as)\b/gi;

/**
 * Script-first language detection, enough to route Arabic and English: the
 * script with most letters decides; Latin text is called English only if
 * English function words are common in it. Other languages come out "und"
 * rather than guessed.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const letters = arabic + latin;
  if (letters < 20) return { language: 'und', confidence: 0 };
  if (arabic >= latin) return { language: 'ar', confidence: arabic / letters };
  const words = text.split(/\s+/).length;
  const functionWords = text.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  if (functionWords / words >= 0.08) return { language: 'en', confidence: latin / letters };
  return { language: 'und', confidence: latin / letters };
}
