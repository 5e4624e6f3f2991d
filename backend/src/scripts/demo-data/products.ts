import type { Motif } from "./images"

export interface DemoProduct {
  handle: string
  /** Handle of the producer who makes it. */
  producer: string
  title: string
  description: string
  category:
    | "textiles"
    | "carpets"
    | "felt"
    | "copper"
    | "ceramics"
    | "food"
    | "embroidery"
    | "basketry"
  /** Prices in main units, as Medusa v2 keeps them. */
  priceTry: number
  priceEur: number
  stock: number
  /** Made after the order: days she needs before shipping. */
  madeToOrderDays?: number
  materials: string[]
  weightGrams: number
  options?: { title: string; values: string[] }
  motif: Motif
}

/** Titles and descriptions are in the language the producer writes in. */
export const DEMO_PRODUCTS: DemoProduct[] = [
  // Ayşe Yılmaz — needle lace
  { handle: "oyali-yazma-gelincik", producer: "ayse-yilmaz-oya", title: "Gelincik oyalı yazma", description: "Pamuklu yazmanın kenarı ince iğne oyası gelinciklerle işlendi.", category: "textiles", priceTry: 650, priceEur: 19, stock: 6, materials: ["pamuk", "ipek iplik"], weightGrams: 120, motif: "lace" },
  { handle: "oyali-tulbent-papatya", producer: "ayse-yilmaz-oya", title: "Papatya oyalı tülbent", description: "Beyaz tülbent, papatya desenli iğne oyasıyla.", category: "textiles", priceTry: 480, priceEur: 14, stock: 8, materials: ["pamuk", "polyester iplik"], weightGrams: 90, motif: "lace" },
  { handle: "oya-kupe-menekse", producer: "ayse-yilmaz-oya", title: "Menekşe oya küpe", description: "İğne oyasından hafif, renkli bir çift küpe.", category: "textiles", priceTry: 220, priceEur: 7, stock: 12, materials: ["ipek iplik", "gümüş kanca"], weightGrams: 10, options: { title: "Renk", values: ["Mor", "Lacivert", "Bordo"] }, motif: "lace" },
  { handle: "oyali-havlu-takimi", producer: "ayse-yilmaz-oya", title: "Oyalı havlu takımı", description: "İki el havlusu, kenarları yeşil yapraklı oyayla.", category: "textiles", priceTry: 900, priceEur: 26, stock: 0, madeToOrderDays: 10, materials: ["pamuk", "ipek iplik"], weightGrams: 400, motif: "lace" },

  // Fatemeh Rezaei — carpet weaving
  { handle: "qalicheh-golestan", producer: "fatemeh-rezaei-qali", title: "قالیچهٔ گلستان", description: "قالیچهٔ دستباف پشمی با نقش گل و رنگ‌های گیاهی.", category: "carpets", priceTry: 12000, priceEur: 340, stock: 1, materials: ["پشم", "پنبه", "رنگ گیاهی"], weightGrams: 3500, motif: "kilim" },
  { handle: "gelim-azerbaijan", producer: "fatemeh-rezaei-qali", title: "گلیم آذربایجان", description: "گلیم دورو با نقش لوزی، بافت کارگاه فرهنگسرا.", category: "carpets", priceTry: 6800, priceEur: 195, stock: 2, materials: ["پشم"], weightGrams: 2400, motif: "kilim" },
  { handle: "poshti-gelim", producer: "fatemeh-rezaei-qali", title: "روکش پشتی گلیمی", description: "روکش پشتی از گلیم دستباف، با زیپ.", category: "carpets", priceTry: 1500, priceEur: 43, stock: 4, materials: ["پشم", "پنبه"], weightGrams: 600, motif: "kilim" },
  { handle: "qalicheh-sefareshi", producer: "fatemeh-rezaei-qali", title: "قالیچهٔ سفارشی", description: "قالیچه در اندازه و رنگ دلخواه شما بافته می‌شود.", category: "carpets", priceTry: 11000, priceEur: 315, stock: 0, madeToOrderDays: 30, materials: ["پشم", "ابریشم"], weightGrams: 3000, options: { title: "اندازه", values: ["۶۰×۹۰", "۸۰×۱۲۰"] }, motif: "kilim" },
  { handle: "zir-estekani-gelim", producer: "fatemeh-rezaei-qali", title: "زیراستکانی گلیمی", description: "شش زیراستکانی کوچک از گلیم دستباف.", category: "carpets", priceTry: 350, priceEur: 10, stock: 10, materials: ["پشم"], weightGrams: 150, motif: "kilim" },

  // Zehra Demir — felt
  { handle: "kece-terlik", producer: "zehra-demir-kece", title: "Keçe terlik", description: "Doğal yünden, sıcak tutan el yapımı keçe terlik.", category: "felt", priceTry: 750, priceEur: 22, stock: 7, materials: ["koyun yünü"], weightGrams: 350, options: { title: "Numara", values: ["37", "38", "39", "40"] }, motif: "felt" },
  { handle: "kece-canta", producer: "zehra-demir-kece", title: "Keçe omuz çantası", description: "Tek parça keçeden, dikişsiz omuz çantası.", category: "felt", priceTry: 1400, priceEur: 40, stock: 3, materials: ["merinos yünü", "deri askı"], weightGrams: 450, motif: "felt" },
  { handle: "kece-sumen", producer: "zehra-demir-kece", title: "Keçe sumen", description: "Masa için yuvarlak desenli keçe sumen.", category: "felt", priceTry: 500, priceEur: 15, stock: 9, materials: ["koyun yünü"], weightGrams: 300, motif: "felt" },
  { handle: "kece-bebek-patik", producer: "zehra-demir-kece", title: "Bebek patiği", description: "Yumuşak keçeden ilk adımlar için patik.", category: "felt", priceTry: 320, priceEur: 9, stock: 11, materials: ["merinos yünü"], weightGrams: 80, motif: "felt" },
  { handle: "kece-duvar-halisi", producer: "zehra-demir-kece", title: "Keçe duvar halısı", description: "Erzurum motifli keçe duvar halısı, siparişe göre.", category: "felt", priceTry: 3200, priceEur: 92, stock: 0, madeToOrderDays: 21, materials: ["koyun yünü"], weightGrams: 1500, motif: "felt" },

  // Emine Kaya — copper
  { handle: "bakir-cezve", producer: "emine-kaya-bakir", title: "Dövme bakır cezve", description: "Elde dövülmüş, kalaylı bakır cezve.", category: "copper", priceTry: 850, priceEur: 24, stock: 8, materials: ["bakır", "kalay", "pirinç sap"], weightGrams: 300, options: { title: "Boy", values: ["2 fincan", "4 fincan"] }, motif: "copper" },
  { handle: "bakir-tepsi", producer: "emine-kaya-bakir", title: "İşlemeli bakır tepsi", description: "Kalem işi desenli yuvarlak servis tepsisi.", category: "copper", priceTry: 2200, priceEur: 63, stock: 3, materials: ["bakır"], weightGrams: 1200, motif: "copper" },
  { handle: "bakir-tas", producer: "emine-kaya-bakir", title: "Hamam tası", description: "Geleneksel desenli dövme bakır hamam tası.", category: "copper", priceTry: 950, priceEur: 27, stock: 5, materials: ["bakır"], weightGrams: 400, motif: "copper" },
  { handle: "bakir-sahan", producer: "emine-kaya-bakir", title: "Kalaylı bakır sahan", description: "Yumurta ve kavurma için kapaklı bakır sahan.", category: "copper", priceTry: 1100, priceEur: 31, stock: 0, madeToOrderDays: 7, materials: ["bakır", "kalay"], weightGrams: 700, motif: "copper" },

  // Hatice Şahin — ceramics
  { handle: "cini-tabak-lale", producer: "hatice-sahin-cini", title: "Lale desenli çini tabak", description: "Elde boyanmış, sırlı çini duvar tabağı.", category: "ceramics", priceTry: 1300, priceEur: 37, stock: 4, materials: ["kil", "sır", "kök boya"], weightGrams: 800, motif: "tile" },
  { handle: "cini-kase", producer: "hatice-sahin-cini", title: "Çini kase", description: "Mavi beyaz çini desenli küçük kase.", category: "ceramics", priceTry: 600, priceEur: 17, stock: 10, materials: ["kil", "sır"], weightGrams: 350, motif: "tile" },
  { handle: "cini-fincan-takimi", producer: "hatice-sahin-cini", title: "Çini kahve fincanı takımı", description: "İki fincan ve tabağı, Kütahya desenli.", category: "ceramics", priceTry: 1450, priceEur: 41, stock: 5, materials: ["kil", "sır"], weightGrams: 600, motif: "tile" },
  { handle: "cini-karo-seti", producer: "hatice-sahin-cini", title: "Dört parça çini karo", description: "Birleşince rozet oluşturan dört karo.", category: "ceramics", priceTry: 1800, priceEur: 51, stock: 0, madeToOrderDays: 14, materials: ["kil", "sır", "kök boya"], weightGrams: 1600, motif: "tile" },

  // Maryam Ahmadi — pickles and jams
  { handle: "torshi-liteh", producer: "maryam-ahmadi-torshi", title: "ترشی لیته", description: "ترشی لیتهٔ خانگی با بادمجان و سبزی معطر.", category: "food", priceTry: 280, priceEur: 8, stock: 12, materials: ["بادمجان", "سبزی", "سرکه"], weightGrams: 700, motif: "jar" },
  { handle: "moraba-albaloo", producer: "maryam-ahmadi-torshi", title: "مربای آلبالو", description: "مربای آلبالو با کمترین شکر، پخته در خانه.", category: "food", priceTry: 260, priceEur: 8, stock: 9, materials: ["آلبالو", "شکر"], weightGrams: 500, motif: "jar" },
  { handle: "moraba-beh", producer: "maryam-ahmadi-torshi", title: "مربای به", description: "مربای به با هل، به رنگ یاقوت.", category: "food", priceTry: 260, priceEur: 8, stock: 6, materials: ["به", "شکر", "هل"], weightGrams: 500, motif: "jar" },
  { handle: "torshi-makhloot", producer: "maryam-ahmadi-torshi", title: "ترشی مخلوط تبریزی", description: "ترشی مخلوط سبزیجات به سبک تبریز.", category: "food", priceTry: 300, priceEur: 9, stock: 8, options: { title: "اندازه", values: ["کوچک", "بزرگ"] }, materials: ["کلم", "هویج", "گل‌کلم", "سرکه"], weightGrams: 900, motif: "jar" },

  // Sakineh Karimi — pateh embroidery
  { handle: "pateh-rumizi", producer: "sakine-karimi-suzandozi", title: "رومیزی پته", description: "رومیزی پته‌دوزی شده با نخ پشمی رنگارنگ.", category: "embroidery", priceTry: 2600, priceEur: 74, stock: 2, materials: ["پارچهٔ پشمی", "نخ پشمی"], weightGrams: 500, motif: "embroidery" },
  { handle: "pateh-kif-pool", producer: "sakine-karimi-suzandozi", title: "کیف پول پته", description: "کیف پول کوچک با نقش بته‌جقه.", category: "embroidery", priceTry: 450, priceEur: 13, stock: 10, materials: ["پارچهٔ پشمی", "نخ پشمی"], weightGrams: 60, motif: "embroidery" },
  { handle: "pateh-tablo", producer: "sakine-karimi-suzandozi", title: "تابلوی پته", description: "تابلوی دیواری پته‌دوزی با قاب چوبی.", category: "embroidery", priceTry: 3400, priceEur: 97, stock: 0, madeToOrderDays: 25, materials: ["پارچهٔ پشمی", "نخ پشمی", "چوب"], weightGrams: 900, motif: "embroidery" },
  { handle: "pateh-kousan", producer: "sakine-karimi-suzandozi", title: "روکش کوسن پته", description: "روکش کوسن با نقش گل و بته.", category: "embroidery", priceTry: 900, priceEur: 26, stock: 5, materials: ["پارچهٔ پشمی", "نخ پشمی"], weightGrams: 250, motif: "embroidery" },

  // Gülsüm Arslan — basketry
  { handle: "hasir-ekmek-sepeti", producer: "gulsum-arslan-sepet", title: "Hasır ekmek sepeti", description: "Sofra için kapaklı hasır ekmek sepeti.", category: "basketry", priceTry: 420, priceEur: 12, stock: 9, materials: ["hasır", "pamuk astar"], weightGrams: 300, motif: "basket" },
  { handle: "sogut-pazar-sepeti", producer: "gulsum-arslan-sepet", title: "Söğüt pazar sepeti", description: "Sağlam saplı, söğüt dalından pazar sepeti.", category: "basketry", priceTry: 780, priceEur: 22, stock: 4, materials: ["söğüt dalı"], weightGrams: 800, motif: "basket" },
  { handle: "orgu-saklama-kutusu", producer: "gulsum-arslan-sepet", title: "Örgü saklama kutusu", description: "Raflar için kapaklı örgü saklama kutusu.", category: "basketry", priceTry: 560, priceEur: 16, stock: 6, options: { title: "Boy", values: ["Küçük", "Orta", "Büyük"] }, materials: ["deniz otu", "hasır"], weightGrams: 500, motif: "basket" },
  { handle: "hasir-amerikan-servis", producer: "gulsum-arslan-sepet", title: "Hasır amerikan servis", description: "Dört parça yuvarlak hasır amerikan servis.", category: "basketry", priceTry: 640, priceEur: 18, stock: 0, madeToOrderDays: 5, materials: ["hasır"], weightGrams: 400, motif: "basket" },
]
