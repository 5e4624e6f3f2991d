import type { Locale } from "@imece/i18n"

/** The texts of her earnings page (`/sell/shop/earnings`): her money, in plain words. */
const tr = {
  nav: "Kazancım",
  title: "Kazancım",
  lead: "Kooperatif, teslim edilen siparişlerin parasını belli aralıklarla bankanıza gönderir.",
  balance: "Bakiyeniz",
  payable: "Ödenmeye hazır",
  heldDays: "Teslimattan sonra {{days}} gün bekletilen",
  held: "Teslimattan sonra bekletilen",
  onTheWay: "Bankanıza gönderilmekte",
  noIban:
    "Kazancınızı gönderebilmemiz için banka hesabınızın IBAN numarasını dükkân bilgilerinize ekleyin.",
  addIban: "IBAN numaramı ekle",
  historyTitle: "Paranızın hareketleri",
  more: "Daha eski hareketleri göster",
  allPayouts: "Tüm ödemelerinizi göster ({{number}})",
  loadingMore: "Yükleniyor…",
  moreFailed: "Daha eski hareketler yüklenemedi. Lütfen yeniden deneyin.",
  otherEmpty: "Diğer para birimlerinde bakiyeniz yok: {{amounts}}",
  listSeparator: ", ",
  empty: "Gönderdiğiniz bir sipariş teslim edilince kazandığınız para burada görünür.",
  earning:
    "Sipariş {{number}} teslim edildi — {{amount}} kazandınız (kooperatifin payı {{commission}})",
  earningNoNumber:
    "Bir siparişiniz teslim edildi — {{amount}} kazandınız (kooperatifin payı {{commission}})",
  reversal: "Sipariş {{number}} için iade — {{amount}} düşüldü",
  reversalNoNumber: "Bir sipariş için iade — {{amount}} düşüldü",
  payout: "{{reference}} ödemesi — {{amount}} bankanıza gönderildi",
  payoutNoReference: "Bir ödeme — {{amount}} bankanıza gönderildi",
  readyFrom: "{{date}} tarihinden itibaren ödenebilir",
  payoutsTitle: "Ödemeleriniz",
  payoutStatus: {
    confirmed: "Yolda",
    paid: "Ödendi",
    canceled: "Durduruldu",
  },
  payoutConfirmed: "Bankanıza gönderiliyor.",
  payoutPaid: "{{date}} tarihinde bankanıza gönderildi.",
  payoutCanceled: "Bu ödeme gönderilmedi; para bir sonraki ödemeye eklenir.",
}

export type EarningsTranslations = typeof tr

const fa: EarningsTranslations = {
  nav: "درآمد من",
  title: "درآمد من",
  lead: "تعاونی پول سفارش‌های تحویل‌شده را هر چند وقت یک بار به حساب بانکی شما واریز می‌کند.",
  balance: "موجودی شما",
  payable: "آمادهٔ پرداخت",
  heldDays: "تا {{days}} روز پس از تحویل نگه داشته می‌شود",
  held: "پس از تحویل نگه داشته می‌شود",
  onTheWay: "در راه حساب بانکی شما",
  noIban:
    "برای اینکه بتوانیم درآمدتان را بفرستیم، شمارهٔ IBAN حساب بانکی‌تان را در اطلاعات فروشگاه بنویسید.",
  addIban: "افزودن شمارهٔ IBAN",
  historyTitle: "گردش پول شما",
  more: "نمایش گردش‌های قدیمی‌تر",
  allPayouts: "نمایش همهٔ پرداخت‌ها ({{number}})",
  loadingMore: "در حال بارگذاری…",
  moreFailed: "گردش‌های قدیمی‌تر بارگذاری نشد. لطفاً دوباره تلاش کنید.",
  otherEmpty: "در ارزهای دیگر موجودی ندارید: {{amounts}}",
  listSeparator: "، ",
  empty: "وقتی سفارشی که فرستاده‌اید تحویل داده شود، درآمد شما اینجا دیده می‌شود.",
  earning: "سفارش {{number}} تحویل داده شد — {{amount}} درآمد شما (سهم تعاونی {{commission}})",
  earningNoNumber:
    "یکی از سفارش‌هایتان تحویل داده شد — {{amount}} درآمد شما (سهم تعاونی {{commission}})",
  reversal: "بازپرداخت برای سفارش {{number}} — {{amount}} کم شد",
  reversalNoNumber: "بازپرداخت برای یک سفارش — {{amount}} کم شد",
  payout: "پرداخت {{reference}} — {{amount}} به حساب بانکی شما فرستاده شد",
  payoutNoReference: "یک پرداخت — {{amount}} به حساب بانکی شما فرستاده شد",
  readyFrom: "از {{date}} قابل پرداخت است",
  payoutsTitle: "پرداخت‌های شما",
  payoutStatus: {
    confirmed: "در راه",
    paid: "پرداخت شد",
    canceled: "متوقف شد",
  },
  payoutConfirmed: "در حال فرستادن به حساب بانکی شماست.",
  payoutPaid: "در {{date}} به حساب بانکی شما فرستاده شد.",
  payoutCanceled: "این پرداخت فرستاده نشد؛ پول به پرداخت بعدی افزوده می‌شود.",
}

const en: EarningsTranslations = {
  nav: "My earnings",
  title: "My earnings",
  lead: "The cooperative sends the money for delivered orders to your bank from time to time.",
  balance: "Your balance",
  payable: "Ready to be paid",
  heldDays: "Held for {{days}} days after delivery",
  held: "Held for a while after delivery",
  onTheWay: "On its way to your bank",
  noIban:
    "Add the IBAN of your bank account to your shop details, so that we can send you what you earn.",
  addIban: "Add my IBAN",
  historyTitle: "What happened to your money",
  more: "Show older movements",
  allPayouts: "Show all your payouts ({{number}})",
  loadingMore: "Loading…",
  moreFailed: "Older movements could not be loaded. Please try again.",
  otherEmpty: "Nothing in your other currencies: {{amounts}}",
  listSeparator: ", ",
  empty: "When an order you sent is delivered, what you earned appears here.",
  earning:
    "Order {{number}} delivered — you earned {{amount}} (cooperative's share {{commission}})",
  earningNoNumber:
    "An order of yours was delivered — you earned {{amount}} (cooperative's share {{commission}})",
  reversal: "Refund for order {{number}} — {{amount}} taken off",
  reversalNoNumber: "Refund for an order — {{amount}} taken off",
  payout: "Payout {{reference}} — {{amount}} sent to your bank",
  payoutNoReference: "A payout — {{amount}} sent to your bank",
  readyFrom: "Can be paid from {{date}}",
  payoutsTitle: "Your payouts",
  payoutStatus: {
    confirmed: "On its way",
    paid: "Paid",
    canceled: "Stopped",
  },
  payoutConfirmed: "Being sent to your bank.",
  payoutPaid: "Sent to your bank on {{date}}.",
  payoutCanceled: "This payout was not sent; the money goes with the next one.",
}

export const earnings: Record<Locale, EarningsTranslations> = { tr, fa, en }
