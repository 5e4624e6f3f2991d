import type { DemoProduct } from "./products"

/** A demo product's words in one more language than the one its producer wrote it in. */
export interface DemoProductWords {
  title: string
  description: string
  materials: string[]
}

type Words = Partial<Record<"tr" | "fa" | "en", DemoProductWords>>

const words = (title: string, description: string, materials: string[]): DemoProductWords => ({
  title,
  description,
  materials,
})

/**
 * Each demo product in the two languages its producer did not write it in, as the cooperative's
 * volunteers translated them: a shopper reads the whole catalogue in her language.
 */
export const DEMO_PRODUCT_WORDS: Record<string, Words> = {
  "oyali-yazma-gelincik": {
    fa: words(
      "روسری اویادوزی شقایق",
      "لبهٔ روسری نخی با شقایق‌های ظریف اویای سوزنی دوخته شده است.",
      ["پنبه", "نخ ابریشم"]
    ),
    en: words(
      "Poppy needle-lace headscarf",
      "A cotton headscarf edged with fine needle-lace poppies.",
      ["cotton", "silk thread"]
    ),
  },
  "oyali-tulbent-papatya": {
    fa: words("روسری توری با اویای بابونه", "روسری سفید با اویای سوزنی طرح بابونه.", [
      "پنبه",
      "نخ پلی‌استر",
    ]),
    en: words("Daisy needle-lace scarf", "A white muslin scarf with daisy needle lace.", [
      "cotton",
      "polyester thread",
    ]),
  },
  "oya-kupe-menekse": {
    fa: words("گوشوارهٔ اویای بنفشه", "یک جفت گوشوارهٔ سبک و رنگارنگ از اویای سوزنی.", [
      "نخ ابریشم",
      "قلاب نقره",
    ]),
    en: words("Violet needle-lace earrings", "A light, colourful pair of needle-lace earrings.", [
      "silk thread",
      "silver hook",
    ]),
  },
  "oyali-havlu-takimi": {
    fa: words("ست حوله با اویا", "دو حولهٔ دست با لبهٔ اویای برگ سبز.", ["پنبه", "نخ ابریشم"]),
    en: words("Needle-lace towel set", "Two hand towels edged with green-leaf needle lace.", [
      "cotton",
      "silk thread",
    ]),
  },
  "qalicheh-golestan": {
    tr: words("Gülistan halısı", "Çiçek desenli, kök boyalı, elde dokunmuş yün halı.", [
      "yün",
      "pamuk",
      "kök boya",
    ]),
    en: words("Golestan rug", "A hand-woven wool rug with flowers in plant dyes.", [
      "wool",
      "cotton",
      "plant dye",
    ]),
  },
  "gelim-azerbaijan": {
    tr: words(
      "Azerbaycan kilimi",
      "Baklava desenli çift yüzlü kilim, kültür evi atölyesinde dokundu.",
      ["yün"]
    ),
    en: words(
      "Azerbaijan kilim",
      "A double-sided kilim with a diamond pattern, woven at the cultural centre's workshop.",
      ["wool"]
    ),
  },
  "poshti-gelim": {
    tr: words("Kilim minder kılıfı", "Elde dokunmuş kilimden fermuarlı minder kılıfı.", [
      "yün",
      "pamuk",
    ]),
    en: words("Kilim cushion cover", "A zipped cushion cover of hand-woven kilim.", [
      "wool",
      "cotton",
    ]),
  },
  "qalicheh-sefareshi": {
    tr: words("Siparişe özel halı", "Halı, dilediğiniz ölçü ve renkte dokunur.", ["yün", "ipek"]),
    en: words("Made-to-order rug", "The rug is woven in the size and colours you choose.", [
      "wool",
      "silk",
    ]),
  },
  "zir-estekani-gelim": {
    tr: words("Kilim bardak altlığı", "Elde dokunmuş kilimden altı küçük bardak altlığı.", ["yün"]),
    en: words("Kilim coasters", "Six small coasters of hand-woven kilim.", ["wool"]),
  },
  "kece-terlik": {
    fa: words("دمپایی نمدی", "دمپایی نمدی دست‌ساز و گرم از پشم طبیعی.", ["پشم گوسفند"]),
    en: words("Felt slippers", "Warm hand-made felt slippers of natural wool.", ["sheep's wool"]),
  },
  "kece-canta": {
    fa: words("کیف دوشی نمدی", "کیف دوشی بی‌درز از یک تکه نمد.", ["پشم مرینوس", "بند چرمی"]),
    en: words("Felt shoulder bag", "A seamless shoulder bag made of one piece of felt.", [
      "merino wool",
      "leather strap",
    ]),
  },
  "kece-sumen": {
    fa: words("زیردستی نمدی", "زیردستی نمدی میز با نقش دایره‌ای.", ["پشم گوسفند"]),
    en: words("Felt desk mat", "A felt desk mat with a round pattern.", ["sheep's wool"]),
  },
  "kece-bebek-patik": {
    fa: words("پاپوش نوزاد", "پاپوش نمدی نرم برای نخستین قدم‌ها.", ["پشم مرینوس"]),
    en: words("Baby booties", "Soft felt booties for first steps.", ["merino wool"]),
  },
  "kece-duvar-halisi": {
    fa: words("دیوارکوب نمدی", "دیوارکوب نمدی با نقش ارزروم، سفارشی.", ["پشم گوسفند"]),
    en: words("Felt wall hanging", "A felt wall hanging with Erzurum motifs, made to order.", [
      "sheep's wool",
    ]),
  },
  "bakir-cezve": {
    fa: words("قهوه‌جوش مسی چکشی", "قهوه‌جوش مسی سفیدگری‌شده، با دست چکش‌کاری شده.", [
      "مس",
      "قلع",
      "دستهٔ برنجی",
    ]),
    en: words("Hammered copper coffee pot", "A hand-hammered, tin-lined copper coffee pot.", [
      "copper",
      "tin",
      "brass handle",
    ]),
  },
  "bakir-tepsi": {
    fa: words("سینی مسی قلمزنی", "سینی گرد پذیرایی با نقش قلمزنی.", ["مس"]),
    en: words("Engraved copper tray", "A round serving tray with engraved patterns.", ["copper"]),
  },
  "bakir-tas": {
    fa: words("طاس حمام", "طاس حمام مسی چکشی با نقش سنتی.", ["مس"]),
    en: words("Bath bowl", "A hammered copper bath bowl with traditional patterns.", ["copper"]),
  },
  "bakir-sahan": {
    fa: words("تابهٔ مسی سفیدگری‌شده", "تابهٔ مسی درپوش‌دار برای تخم‌مرغ و قورمه.", ["مس", "قلع"]),
    en: words("Tin-lined copper pan", "A lidded copper pan for eggs and braised meat.", [
      "copper",
      "tin",
    ]),
  },
  "cini-tabak-lale": {
    fa: words("بشقاب کاشی با نقش لاله", "بشقاب دیواری کاشی لعاب‌دار، با دست نقاشی شده.", [
      "گل رس",
      "لعاب",
      "رنگ گیاهی",
    ]),
    en: words("Tulip tile plate", "A hand-painted, glazed tile wall plate.", [
      "clay",
      "glaze",
      "plant dye",
    ]),
  },
  "cini-kase": {
    fa: words("کاسهٔ کاشی", "کاسهٔ کوچک با نقش کاشی آبی و سفید.", ["گل رس", "لعاب"]),
    en: words("Tile bowl", "A small bowl with blue-and-white tile patterns.", ["clay", "glaze"]),
  },
  "cini-fincan-takimi": {
    fa: words("ست فنجان قهوهٔ کاشی", "دو فنجان و نعلبکی با نقش کوتاهیه.", ["گل رس", "لعاب"]),
    en: words("Tile coffee cup set", "Two cups and saucers with Kütahya patterns.", [
      "clay",
      "glaze",
    ]),
  },
  "cini-karo-seti": {
    fa: words("چهار کاشی", "چهار کاشی که کنار هم یک گل‌نقش می‌سازند.", [
      "گل رس",
      "لعاب",
      "رنگ گیاهی",
    ]),
    en: words("Four-piece tile set", "Four tiles that form a rosette together.", [
      "clay",
      "glaze",
      "plant dye",
    ]),
  },
  "torshi-liteh": {
    tr: words("Lite turşusu", "Patlıcan ve kokulu yeşilliklerle ev yapımı lite turşusu.", [
      "patlıcan",
      "yeşillik",
      "sirke",
    ]),
    en: words("Liteh pickle", "Home-made liteh pickle with aubergine and fragrant herbs.", [
      "aubergine",
      "herbs",
      "vinegar",
    ]),
  },
  "moraba-albaloo": {
    tr: words("Vişne reçeli", "Az şekerle, evde pişmiş vişne reçeli.", ["vişne", "şeker"]),
    en: words("Sour cherry jam", "Sour cherry jam with little sugar, cooked at home.", [
      "sour cherry",
      "sugar",
    ]),
  },
  "moraba-beh": {
    tr: words("Ayva reçeli", "Kakuleli, yakut renginde ayva reçeli.", ["ayva", "şeker", "kakule"]),
    en: words("Quince jam", "Ruby-coloured quince jam with cardamom.", [
      "quince",
      "sugar",
      "cardamom",
    ]),
  },
  "torshi-makhloot": {
    tr: words("Tebriz karışık turşusu", "Tebriz usulü karışık sebze turşusu.", [
      "lahana",
      "havuç",
      "karnabahar",
      "sirke",
    ]),
    en: words("Tabriz mixed pickle", "Mixed vegetable pickle in the Tabriz style.", [
      "cabbage",
      "carrot",
      "cauliflower",
      "vinegar",
    ]),
  },
  "pateh-rumizi": {
    tr: words("Pateh masa örtüsü", "Renkli yün iplikle pateh işlemeli masa örtüsü.", [
      "yün kumaş",
      "yün iplik",
    ]),
    en: words("Pateh tablecloth", "A tablecloth embroidered in pateh with colourful wool thread.", [
      "wool cloth",
      "wool thread",
    ]),
  },
  "pateh-kif-pool": {
    tr: words("Pateh cüzdan", "Şal deseni işlemeli küçük cüzdan.", ["yün kumaş", "yün iplik"]),
    en: words("Pateh purse", "A small purse with a paisley pattern.", [
      "wool cloth",
      "wool thread",
    ]),
  },
  "pateh-tablo": {
    tr: words("Pateh tablo", "Ahşap çerçeveli pateh işlemeli duvar tablosu.", [
      "yün kumaş",
      "yün iplik",
      "ahşap",
    ]),
    en: words("Pateh wall picture", "A pateh-embroidered wall picture in a wooden frame.", [
      "wool cloth",
      "wool thread",
      "wood",
    ]),
  },
  "pateh-kousan": {
    tr: words("Pateh kırlent kılıfı", "Çiçek ve şal desenli kırlent kılıfı.", [
      "yün kumaş",
      "yün iplik",
    ]),
    en: words("Pateh cushion cover", "A cushion cover with flower and paisley patterns.", [
      "wool cloth",
      "wool thread",
    ]),
  },
  "hasir-ekmek-sepeti": {
    fa: words("سبد نان حصیری", "سبد نان حصیری درپوش‌دار برای سفره.", ["حصیر", "آستر پنبه‌ای"]),
    en: words("Straw bread basket", "A lidded straw bread basket for the table.", [
      "straw",
      "cotton lining",
    ]),
  },
  "sogut-pazar-sepeti": {
    fa: words("سبد خرید بید", "سبد خرید محکم از شاخهٔ بید با دستهٔ محکم.", ["شاخهٔ بید"]),
    en: words("Willow market basket", "A willow market basket with sturdy handles.", ["willow"]),
  },
  "orgu-saklama-kutusu": {
    fa: words("جعبهٔ بافتهٔ نگهداری", "جعبهٔ بافتهٔ درپوش‌دار برای قفسه‌ها.", ["علف دریایی", "حصیر"]),
    en: words("Woven storage box", "A lidded woven storage box for shelves.", [
      "seagrass",
      "straw",
    ]),
  },
  "hasir-amerikan-servis": {
    fa: words("زیربشقابی حصیری", "چهار زیربشقابی گرد حصیری.", ["حصیر"]),
    en: words("Straw placemats", "Four round straw placemats.", ["straw"]),
  },
}

/** The demo categories' names in the cooperative's three languages. */
export const DEMO_CATEGORY_NAMES: Record<
  DemoProduct["category"],
  Record<"tr" | "fa" | "en", string>
> = {
  textiles: { tr: "Oya ve dantel", fa: "اویا و تور", en: "Needle lace and lace" },
  carpets: { tr: "Halı ve kilim", fa: "فرش و گلیم", en: "Carpets and kilims" },
  felt: { tr: "Keçe", fa: "نمد", en: "Felt" },
  copper: { tr: "Bakır", fa: "مس", en: "Copper" },
  ceramics: { tr: "Seramik ve çini", fa: "سرامیک و کاشی", en: "Ceramics and tiles" },
  food: { tr: "Ev yapımı lezzetler", fa: "خوراکی‌های خانگی", en: "Home-made food" },
  embroidery: { tr: "Nakış", fa: "گلدوزی", en: "Embroidery" },
  basketry: { tr: "Sepet örücülüğü", fa: "سبدبافی", en: "Basketry" },
}
