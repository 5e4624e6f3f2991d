import type { AdminReasonTemplateBody } from "@imece/types"

/**
 * The cooperative's first reasons; administrators edit them in the console. Their labels are
 * staff's own words, so the demo's are in Turkish, the language its staff work in.
 */
export const DEFAULT_REASON_TEMPLATES: AdminReasonTemplateBody[] = [
  {
    kind: "reject",
    label: "El yapımı değil",
    message: {
      tr: "Ürünler el yapımı görünmüyor.",
      fa: "محصولات دست‌ساز به نظر نمی‌رسند.",
      en: "The products do not look handmade.",
    },
  },
  {
    kind: "reject",
    label: "Bölge dışından",
    message: {
      tr: "Şu an yalnızca kooperatifin bölgesinden başvuru alıyoruz.",
      fa: "فعلاً فقط از منطقهٔ تعاونی درخواست می‌پذیریم.",
      en: "For now we only accept applications from the cooperative's region.",
    },
  },
  {
    kind: "request_changes",
    label: "Daha net fotoğraflar",
    message: {
      tr: "Ürün fotoğrafları el emeğini değerlendirmemize yetmiyor. Gün ışığında, yakından çekilmiş birkaç fotoğraf ekler misiniz?",
      fa: "عکس‌های محصول برای ارزیابی کار دستی کافی نیست. لطفاً چند عکس نزدیک در نور روز اضافه کنید.",
      en: "The product photos are not enough for us to judge the handwork. Could you add a few close-up photos taken in daylight?",
    },
  },
  {
    kind: "request_changes",
    label: "Biraz daha anlatın",
    message: {
      tr: "Hikâyenizi biraz daha anlatır mısınız: ne yapıyorsunuz, kimden öğrendiniz, bir ürünü ne kadar sürede yapıyorsunuz?",
      fa: "لطفاً کمی بیشتر از کارتان بگویید: چه می‌سازید، از چه کسی یاد گرفتید و ساخت هر محصول چقدر طول می‌کشد؟",
      en: "Could you tell us a little more: what you make, who taught you, and how long one piece takes?",
    },
  },
]
