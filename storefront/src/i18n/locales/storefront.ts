import type { Locale } from "@imece/i18n"
import { account } from "./account"
import type { ShopTranslations } from "./shop"
import { discovery } from "./discovery"
import { frame } from "./frame"
import { shopping } from "./shopping"

const tr = {
  nav: { skipToContent: "İçeriğe geç" },
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
    showPhoto: "{{number}}. fotoğrafı göster",
    variant: "Seçenek",
    inStock: "Stokta {{quantity}} adet",
    available: "Sipariş verilebilir",
    outOfStock: "Şu an stokta yok",
    madeToOrder: "Siparişe özel yapılır — {{days}} günde kargoda",
    materials: "Malzemeler",
    priceUnavailable: "Fiyat bu bölgede yok",
    notFound: "Bu ürün bulunamadı.",
  },
  producer: {
    visitShop: "Dükkânını gör",
    story: "Hikâyesi",
    products: "Ürünleri",
    noProducts: "Henüz ürünü yok.",
    notFound: "Bu üretici bulunamadı.",
    avatar: "{{name}} portresi",
  },
  shop: shopping.tr,
  account: account.tr,
  find: discovery.tr,
  frame: frame.tr,
  backHome: "Ana sayfaya dön",
  footer: "İmece, el emeğiyle üreten kadınların kooperatif pazarıdır.",
}

/** The shopper's texts, loaded with every page. */
export type ShopperTranslations = typeof tr

/** Every text of the storefront, her shop's included, as `t()` checks keys against. */
export type StorefrontTranslations = ShopperTranslations & ShopTranslations

const fa: ShopperTranslations = {
  nav: { skipToContent: "رفتن به محتوا" },
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
    showPhoto: "نمایش عکس {{number}}",
    variant: "گزینه",
    inStock: "{{quantity}} عدد موجود",
    available: "قابل سفارش",
    outOfStock: "فعلاً موجود نیست",
    madeToOrder: "سفارشی ساخته می‌شود — ارسال در {{days}} روز",
    materials: "مواد",
    priceUnavailable: "قیمت برای این منطقه نیست",
    notFound: "این محصول پیدا نشد.",
  },
  producer: {
    visitShop: "دیدن فروشگاه",
    story: "داستان او",
    products: "محصولات او",
    noProducts: "هنوز محصولی ندارد.",
    notFound: "این تولیدکننده پیدا نشد.",
    avatar: "تصویر {{name}}",
  },
  shop: shopping.fa,
  account: account.fa,
  find: discovery.fa,
  frame: frame.fa,
  backHome: "بازگشت به خانه",
  footer: "ایمجه بازار تعاونی زنانی است که با دست می‌سازند.",
}

const en: ShopperTranslations = {
  nav: { skipToContent: "Skip to content" },
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
    showPhoto: "Show photo {{number}}",
    variant: "Option",
    inStock: "{{quantity}} in stock",
    available: "Available to order",
    outOfStock: "Out of stock for now",
    madeToOrder: "Made to order — ships in {{days}} days",
    materials: "Materials",
    priceUnavailable: "No price in this region",
    notFound: "This product was not found.",
  },
  producer: {
    visitShop: "Visit her shop",
    story: "Her story",
    products: "Her products",
    noProducts: "No products yet.",
    notFound: "This producer was not found.",
    avatar: "Portrait of {{name}}",
  },
  shop: shopping.en,
  account: account.en,
  find: discovery.en,
  frame: frame.en,
  backHome: "Back to the home page",
  footer: "İmece is the cooperative market of women who make things by hand.",
}

export const storefront: Record<Locale, ShopperTranslations> = { tr, fa, en }
