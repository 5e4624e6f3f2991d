import type { Locale } from "@imece/i18n"

/**
 * The texts around every page: the header and its menu, her shop's header, the page shown when
 * a page fails, and the one for an address that leads nowhere.
 */
const tr = {
  menu: {
    open: "Menü",
    sellWithUs: "Bizimle satış yapın",
    sellerLogin: "Satıcı girişi",
    findOrder: "Siparişimi bul",
  },
  shop: {
    title: "Dükkânım",
    menu: "Dükkânımın menüsü",
    market: "Mağazaya dön",
    logoutFailed: "Çıkış yapılamadı. Lütfen tekrar deneyin.",
  },
  failed: {
    title: "Bu sayfa açılamadı",
    lead: "Bir hata oldu; sizin bir yanlışınız yok. Sayfayı yeniden deneyin ya da başka bir yerden devam edin.",
    retry: "Yeniden dene",
  },
  notFound: {
    title: "Bu sayfayı bulamadık",
    lead: "Adres yanlış yazılmış ya da sayfa kaldırılmış olabilir. Aradığınızı buradan bulabilirsiniz.",
    search: "Ne arıyordunuz?",
    categories: "Kategorilere göz atın",
  },
}

export type FrameTranslations = typeof tr

const fa: FrameTranslations = {
  menu: {
    open: "منو",
    sellWithUs: "با ما بفروشید",
    sellerLogin: "ورود فروشندگان",
    findOrder: "پیدا کردن سفارشم",
  },
  shop: {
    title: "فروشگاه من",
    menu: "منوی فروشگاه من",
    market: "بازگشت به بازار",
    logoutFailed: "خروج انجام نشد. لطفاً دوباره امتحان کنید.",
  },
  failed: {
    title: "این صفحه باز نشد",
    lead: "خطایی پیش آمد؛ اشتباه از شما نیست. دوباره امتحان کنید یا از جای دیگری ادامه دهید.",
    retry: "دوباره امتحان کنید",
  },
  notFound: {
    title: "این صفحه را پیدا نکردیم",
    lead: "شاید نشانی اشتباه نوشته شده یا صفحه برداشته شده است. آنچه را می‌خواهید از اینجا پیدا کنید.",
    search: "دنبال چه می‌گشتید؟",
    categories: "دسته‌ها را ببینید",
  },
}

const en: FrameTranslations = {
  menu: {
    open: "Menu",
    sellWithUs: "Sell with us",
    sellerLogin: "Seller login",
    findOrder: "Find my order",
  },
  shop: {
    title: "My shop",
    menu: "My shop's menu",
    market: "Back to the market",
    logoutFailed: "We couldn't log you out. Please try again.",
  },
  failed: {
    title: "This page could not open",
    lead: "Something went wrong, and not because of anything you did. Try the page again or go on from elsewhere.",
    retry: "Try again",
  },
  notFound: {
    title: "We could not find this page",
    lead: "The address may be mistyped, or the page may have been removed. Find what you were looking for here.",
    search: "What were you looking for?",
    categories: "Browse the categories",
  },
}

export const frame: Record<Locale, FrameTranslations> = { tr, fa, en }
