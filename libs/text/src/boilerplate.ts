/**
 * Page furniture that survives HTML extraction as whole lines: comment
 * prompts, "back to top" buttons, share widgets, subscription nags, credits.
 * A line is dropped only if it is short and consists of such a phrase, so a
 * real paragraph that mentions "share" or «تعليق» is never lost.
 */
const PHRASES: readonly RegExp[] = [
  // Arabic
  /^اترك (?:تعليقا|تعليقاً|تعليقًا|ردا|رداً)$/u,
  /^(?:أضف|اضف|إضافة|اكتب) (?:تعليقا|تعليقاً|تعليقًا|تعليق)$/u,
  /^(?:التعليقات|تعليقات|\d+ تعليقات?|لا توجد تعليقات)$/u,
  /^زر الذهاب إلى الأعلى$/u,
  /^(?:العودة|الذهاب|عودة) (?:إلى|الى|للأعلى)(?: الأعلى| أعلى الصفحة)?$/u,
  /^(?:شارك|مشاركة|شارك الخبر|شارك المقال|شارك على)(?: (?:على|عبر))?(?: ?(?:فيسبوك|تويتر|واتساب|تيليجرام|تلغرام|لينكدإن|إكس|X|البريد الإلكتروني))*$/u,
  /^(?:فيسبوك|تويتر|واتساب|تيليجرام|تلغرام|لينكدإن|انستغرام|يوتيوب|بينتيريست|ماسنجر|طباعة|البريد الإلكتروني|\s)+$/u,
  /^(?:اقرأ|إقرأ) (?:أيضا|أيضاً|أيضًا|المزيد)\s*:?$/u,
  /^(?:أخبار|مقالات|مواضيع) (?:ذات صلة|متعلقة|مشابهة)$/u,
  /^(?:تابعونا|تابعنا) (?:على|عبر).*$/u,
  /^(?:اشترك|اشتركوا) (?:في|فى|ب)?\s?(?:النشرة|القائمة|قناتنا).*$/u,
  /^(?:جميع|كل) الحقوق محفوظة.*$/u,
  /^(?:المصدر|الوسوم|الكلمات المفتاحية|كلمات مفتاحية)\s*:?$/u,
  /^(?:الرئيسية|الصفحة الرئيسية)(?:\s*[»>/›]\s*\S+)*$/u,
  /^(?:إعلان|اعلان|مساحة إعلانية)$/u,
  // English
  /^(?:leave|post|add|write) a (?:comment|reply)$/i,
  /^(?:\d+ )?comments?$/i,
  /^(?:back|go|scroll) to top$/i,
  /^share(?: (?:this|on|via))?(?: (?:article|story|facebook|twitter|x|whatsapp|linkedin|email|telegram))*$/i,
  /^(?:facebook|twitter|whatsapp|linkedin|telegram|email|print|reddit|pinterest|\s)+$/i,
  /^(?:read|see) (?:also|more)\s*:?$/i,
  /^related (?:articles|stories|news|posts)$/i,
  /^(?:follow us|subscribe to (?:our|the) newsletter|sign up for (?:our|the) newsletter).*$/i,
  /^(?:all rights reserved|copyright ©?|©).*$/i,
  /^(?:advertisement|sponsored)$/i,
  /^tags\s*:?$/i,
];

/** Longest line that can be furniture; real paragraphs are longer. */
const MAX_FURNITURE_LENGTH = 80;

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim().replace(/[\s:.!»«|•·\-–—]+$/u, '').replace(/^[\s|•·\-–—]+/u, '');
  if (trimmed.length === 0) return true;
  if (trimmed.length > MAX_FURNITURE_LENGTH) return false;
  return PHRASES.some((re) => re.test(trimmed));
}

export function stripBoilerplate(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p) => !isBoilerplateLine(p));
}
