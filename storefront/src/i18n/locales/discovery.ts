import type { Locale } from "@imece/i18n"

/** The texts of finding things: the search box, search results and category pages. */
const tr = {
  box: {
    label: "Ara",
    placeholder: "Ürün, üretici ya da kategori ara",
    submit: "Ara",
  },
  search: {
    title: "Arama",
    resultsFor: "“{{query}}” için {{quantity}} sonuç",
    results: "{{quantity}} ürün",
    producers: "Üreticiler",
    products: "Ürünler",
    empty: "Bulunamadı. Daha kısa bir kelime deneyin ya da filtreleri kaldırın.",
    start: "Aramak istediğinizi yazın.",
    filters: "Filtreler",
    category: "Kategori",
    anyCategory: "Tüm kategoriler",
    city: "Şehir",
    priceMin: "En az fiyat",
    priceMax: "En çok fiyat",
    sort: "Sıralama",
    sorts: {
      relevance: "En uygun",
      newest: "En yeni",
      price_asc: "Fiyat: düşükten yükseğe",
      price_desc: "Fiyat: yüksekten düşüğe",
    },
    more: "Daha fazla göster",
    clear: "Filtreleri temizle",
  },
  categories: {
    title: "Kategoriler",
    empty: "Henüz kategori yok.",
    noProducts: "Bu kategoride henüz ürün yok.",
    notFound: "Bu kategori bulunamadı.",
  },
  card: {
    backOn: "Tatilde · {{date}} tarihinde dönüyor",
    away: "Tatilde · şimdilik alınamaz",
  },
}

export type DiscoveryTranslations = typeof tr

const fa: DiscoveryTranslations = {
  box: {
    label: "جستجو",
    placeholder: "جستجوی محصول، تولیدکننده یا دسته",
    submit: "جستجو",
  },
  search: {
    title: "جستجو",
    resultsFor: "{{quantity}} نتیجه برای «{{query}}»",
    results: "{{quantity}} محصول",
    producers: "تولیدکنندگان",
    products: "محصولات",
    empty: "چیزی پیدا نشد. کلمهٔ کوتاه‌تری بنویسید یا فیلترها را بردارید.",
    start: "آنچه را می‌خواهید بنویسید.",
    filters: "فیلترها",
    category: "دسته",
    anyCategory: "همهٔ دسته‌ها",
    city: "شهر",
    priceMin: "کمترین قیمت",
    priceMax: "بیشترین قیمت",
    sort: "ترتیب",
    sorts: {
      relevance: "مرتبط‌ترین",
      newest: "تازه‌ترین",
      price_asc: "قیمت: کم به زیاد",
      price_desc: "قیمت: زیاد به کم",
    },
    more: "نمایش بیشتر",
    clear: "پاک کردن فیلترها",
  },
  categories: {
    title: "دسته‌ها",
    empty: "هنوز دسته‌ای نیست.",
    noProducts: "هنوز محصولی در این دسته نیست.",
    notFound: "این دسته پیدا نشد.",
  },
  card: {
    backOn: "در سفر · بازگشت {{date}}",
    away: "در سفر · فعلاً خریدنی نیست",
  },
}

const en: DiscoveryTranslations = {
  box: {
    label: "Search",
    placeholder: "Search products, makers or categories",
    submit: "Search",
  },
  search: {
    title: "Search",
    resultsFor: "{{quantity}} results for “{{query}}”",
    results: "{{quantity}} products",
    producers: "Makers",
    products: "Products",
    empty: "Nothing found. Try a shorter word or remove the filters.",
    start: "Type what you are looking for.",
    filters: "Filters",
    category: "Category",
    anyCategory: "All categories",
    city: "City",
    priceMin: "Lowest price",
    priceMax: "Highest price",
    sort: "Sort by",
    sorts: {
      relevance: "Best match",
      newest: "Newest",
      price_asc: "Price: low to high",
      price_desc: "Price: high to low",
    },
    more: "Show more",
    clear: "Clear filters",
  },
  categories: {
    title: "Categories",
    empty: "No categories yet.",
    noProducts: "No products in this category yet.",
    notFound: "This category was not found.",
  },
  card: {
    backOn: "On vacation · back on {{date}}",
    away: "On vacation · not for sale for now",
  },
}

export const discovery: Record<Locale, DiscoveryTranslations> = { tr, fa, en }
