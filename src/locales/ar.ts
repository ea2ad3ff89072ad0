import { registerTranslation } from '../internal/localize.js';
import type { LedeTranslation } from './en.js';

/** Arabic strings: the first right-to-left locale. Import `lede/locales/ar.js` to register it. */
export const ar: LedeTranslation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  skipLinksLabel: 'روابط تسهيل الوصول',
  textSizeLegend: 'حجم النص',
  textSizeStep1: 'عادي',
  textSizeStep2: 'كبير',
  textSizeStep3: 'أكبر',
  textSizeStep4: 'الأكبر',
  articlePublished: 'نُشر',
  articleUpdated: 'حُدّث',
  figureCreditLabel: 'مصدر الصورة:',
  figureEnlarge: 'تكبير الصورة',
  figureClose: 'إغلاق',
};

registerTranslation(ar);
