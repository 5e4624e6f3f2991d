import type { Locale } from "@imece/i18n"

const tr = {
  nav: { home: "Ana sayfa", skipToContent: "İçeriğe geç" },
  currency: "Para birimi",
  hero: {
    title: "Kadın üreticilerin el emeği",
    lead: "Her ürünün bir yapanı, her yapanın bir hikâyesi var. Kooperatifimizin onayladığı üreticilerden doğrudan alın.",
  },
  home: {
    producers: "Üreticilerimiz",
    newProducts: "Yeni el emeği ürünler",
    noProducts: "Henüz ürün yok.",
    noProducers: "Henüz üretici yok.",
  },
  product: {
    madeBy: "Yapan",
    gallery: "Ürün fotoğrafları",
    photo: "{{title}} fotoğrafı",
    variant: "Seçenek",
    inStock: "Stokta {{count}} adet",
    outOfStock: "Şu an stokta yok",
    madeToOrder: "Siparişe özel yapılır — {{days}} günde kargoda",
    materials: "Malzemeler",
    priceUnavailable: "Fiyat bu bölgede yok",
    notFound: "Bu ürün bulunamadı.",
    cartSoon: "Sepet yakında açılıyor.",
  },
  producer: {
    visitShop: "Dükkânını gör",
    story: "Hikâyesi",
    products: "Ürünleri",
    noProducts: "Henüz ürünü yok.",
    notFound: "Bu üretici bulunamadı.",
    avatar: "{{name}} portresi",
  },
  backHome: "Ana sayfaya dön",
  footer: "İmece, el emeğiyle üreten kadınların kooperatif pazarıdır.",
}

export type StorefrontTranslations = typeof tr

const fa: StorefrontTranslations = {
  nav: { home: "خانه", skipToContent: "رفتن به محتوا" },
  currency: "واحد پول",
  hero: {
    title: "دست‌ساخته‌های زنان تولیدکننده",
    lead: "هر محصول سازنده‌ای دارد و هر سازنده داستانی. مستقیم از تولیدکنندگانی بخرید که تعاونی ما تأییدشان کرده است.",
  },
  home: {
    producers: "تولیدکنندگان ما",
    newProducts: "دست‌ساخته‌های تازه",
    noProducts: "هنوز محصولی نیست.",
    noProducers: "هنوز تولیدکننده‌ای نیست.",
  },
  product: {
    madeBy: "سازنده",
    gallery: "عکس‌های محصول",
    photo: "عکس {{title}}",
    variant: "گزینه",
    inStock: "{{count}} عدد موجود",
    outOfStock: "فعلاً موجود نیست",
    madeToOrder: "سفارشی ساخته می‌شود — ارسال در {{days}} روز",
    materials: "مواد",
    priceUnavailable: "قیمت برای این منطقه نیست",
    notFound: "این محصول پیدا نشد.",
    cartSoon: "سبد خرید به‌زودی باز می‌شود.",
  },
  producer: {
    visitShop: "دیدن فروشگاه",
    story: "داستان او",
    products: "محصولات او",
    noProducts: "هنوز محصولی ندارد.",
    notFound: "این تولیدکننده پیدا نشد.",
    avatar: "تصویر {{name}}",
  },
  backHome: "بازگشت به خانه",
  footer: "ایمجه بازار تعاونی زنانی است که با دست می‌سازند.",
}

const en: StorefrontTranslations = {
  nav: { home: "Home", skipToContent: "Skip to content" },
  currency: "Currency",
  hero: {
    title: "Handmade by women producers",
    lead: "Every piece has a maker and every maker a story. Buy directly from producers our cooperative has approved.",
  },
  home: {
    producers: "Our producers",
    newProducts: "New handmade pieces",
    noProducts: "No products yet.",
    noProducers: "No producers yet.",
  },
  product: {
    madeBy: "Made by",
    gallery: "Product photos",
    photo: "Photo of {{title}}",
    variant: "Option",
    inStock: "{{count}} in stock",
    outOfStock: "Out of stock for now",
    madeToOrder: "Made to order — ships in {{days}} days",
    materials: "Materials",
    priceUnavailable: "No price in this region",
    notFound: "This product was not found.",
    cartSoon: "The cart opens soon.",
  },
  producer: {
    visitShop: "Visit her shop",
    story: "Her story",
    products: "Her products",
    noProducts: "No products yet.",
    notFound: "This producer was not found.",
    avatar: "Portrait of {{name}}",
  },
  backHome: "Back to the home page",
  footer: "İmece is the cooperative market of women who make things by hand.",
}

export const storefront: Record<Locale, StorefrontTranslations> = { tr, fa, en }
