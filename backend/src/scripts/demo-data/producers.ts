import type { LocalizedText } from "@imece/types"

export interface DemoProducer {
  handle: string
  name: string
  craft: LocalizedText
  story: LocalizedText
  city: string
  /** Background, main and accent colours of her images. */
  palette: [string, string, string]
  /**
   * Where her earnings are paid, as she entered it in her shop. The producers in Iran have none:
   * they keep their earnings until the cooperative can pay them, as payout batches leave out a
   * producer without an IBAN.
   */
  payoutAccount?: { iban: string; holder: string }
}

/**
 * The handles seeds before these gave the demo shops, made of their whole names: the next seed
 * moves each shop to its handle without her surname, and the old one keeps leading to it.
 */
export const FORMER_DEMO_HANDLES: Record<string, string> = {
  "ayse-yilmaz-oya": "ayse-oya",
  "fatemeh-rezaei-qali": "fatemeh-qali",
  "zehra-demir-kece": "zehra-kece",
  "emine-kaya-bakir": "emine-bakir",
  "hatice-sahin-cini": "hatice-cini",
  "maryam-ahmadi-torshi": "maryam-torshi",
  "sakine-karimi-suzandozi": "sakine-suzandozi",
  "gulsum-arslan-sepet": "gulsum-sepet",
}

/**
 * The demo cooperative: women from course centres and workshops like those of Keçiören (KEÇMEK),
 * İzmit (İZMEK, Çınar Kadın Kooperatifi) and the carpet workshops of Azerbaijan province.
 */
export const DEMO_PRODUCERS: DemoProducer[] = [
  {
    handle: "ayse-oya",
    name: "Ayşe Yılmaz",
    city: "Ankara",
    craft: { tr: "İğne oyası", fa: "توردوزی با سوزن (اویا)", en: "Needle lace" },
    story: {
      tr: "İğne oyasını KEÇMEK kursunda öğrendim. Şimdi evde, çocuklar okuldayken yazma kenarlarına çiçekler işliyorum; kazancım evin bütçesine katkı oluyor.",
      fa: "توردوزی با سوزن را در دوره‌های کچمک یاد گرفتم. حالا در خانه، وقتی بچه‌ها در مدرسه‌اند، لبهٔ روسری‌ها را گل‌دوزی می‌کنم و درآمدش به خرج خانه کمک می‌کند.",
      en: "I learned needle lace at a KEÇMEK course. Now I work at home while the children are at school, edging headscarves with tiny flowers; what I earn helps the household.",
    },
    palette: ["#fbf3ea", "#c0392b", "#2e7d32"],
    payoutAccount: { iban: "TR290001005260181590830166", holder: "Ayşe Yılmaz" },
  },
  {
    handle: "fatemeh-qali",
    name: "فاطمه رضایی",
    city: "ارومیه",
    // Her rugs and kilims are both in her shop: shoppers look for her by either word.
    craft: { tr: "Halı ve kilim dokuma", fa: "فرش و گلیم‌بافی", en: "Carpet and kilim weaving" },
    story: {
      tr: "Halı dokumayı annemden öğrendim; şimdi Urmiye'deki kültür evinin atölyesinde başka kadınlarla birlikte dokuyorum. Her halı aylar süren bir emek.",
      fa: "قالی‌بافی را از مادرم یاد گرفتم و حالا در کارگاه فرهنگسرای ارومیه همراه زنان دیگر می‌بافم. هر قالیچه حاصل ماه‌ها کار است.",
      en: "My mother taught me to weave; now I weave with other women in the workshop at Urmia's cultural centre. Every rug is months of work.",
    },
    palette: ["#f7efe5", "#8e1b1b", "#1f4e79"],
  },
  {
    handle: "zehra-kece",
    name: "Zehra Demir",
    city: "Erzurum",
    craft: { tr: "Keçe", fa: "نمدمالی", en: "Felt making" },
    story: {
      tr: "Yünü sabunlu suyla saatlerce döverek keçe yapıyorum. Büyükannemin zanaatini kooperatifimizle yeniden pazara taşıdık.",
      fa: "پشم را ساعت‌ها با آب و صابون می‌مالم تا نمد شود. با تعاونی‌مان هنر مادربزرگم را دوباره به بازار آوردیم.",
      en: "I make felt by working wool with soapy water for hours. With our cooperative we brought my grandmother's craft back to market.",
    },
    palette: ["#f4f1ec", "#6d4c41", "#d4a017"],
    payoutAccount: { iban: "TR520001201318609139099603", holder: "Zehra Demir" },
  },
  {
    handle: "emine-bakir",
    name: "Emine Kaya",
    city: "Gaziantep",
    craft: { tr: "Bakır işçiliği", fa: "مسگری", en: "Copperwork" },
    story: {
      tr: "Bakırı dövmeyi ve kalemle işlemeyi babamın dükkânında izleyerek öğrendim. Artık kendi atölyemde cezve ve tepsiler yapıyorum.",
      fa: "چکش‌کاری و قلم‌زنی روی مس را با تماشای کار پدرم در مغازه‌اش یاد گرفتم. حالا در کارگاه خودم قهوه‌جوش و سینی می‌سازم.",
      en: "I learned to hammer and engrave copper watching my father in his shop. Now I make coffee pots and trays in my own workshop.",
    },
    palette: ["#fdf6ee", "#b87333", "#264653"],
    payoutAccount: { iban: "TR260001500824628194821993", holder: "Emine Kaya" },
  },
  {
    handle: "hatice-cini",
    name: "Hatice Şahin",
    city: "Kütahya",
    craft: { tr: "Çini ve seramik", fa: "کاشی و سرامیک", en: "Tiles and ceramics" },
    story: {
      tr: "Çini desenlerini belediyenin kursunda çizmeye başladım. Fırınımı evin bodrumuna kurdum; her tabağı elde boyuyorum.",
      fa: "کشیدن نقش کاشی را در کلاس شهرداری شروع کردم. کوره‌ام را در زیرزمین خانه گذاشته‌ام و هر بشقاب را با دست رنگ می‌کنم.",
      en: "I began drawing tile patterns in the municipality's course. My kiln is in our basement, and I paint every plate by hand.",
    },
    palette: ["#f5f9fc", "#1565c0", "#00897b"],
    payoutAccount: { iban: "TR590006405181909378657975", holder: "Hatice Şahin" },
  },
  {
    handle: "maryam-torshi",
    name: "مریم احمدی",
    city: "تبریز",
    craft: {
      tr: "Ev yapımı turşu ve reçel",
      fa: "ترشی و مربای خانگی",
      en: "Home-made pickles and jams",
    },
    story: {
      tr: "Tebriz'de mesleki eğitim kursunda gıda hazırlamayı öğrendim. Evde yaptığım turşu ve reçellerle ailemin geçimine katkıda bulunuyorum.",
      fa: "در دورهٔ آموزش فنی و حرفه‌ای تبریز تهیهٔ مواد غذایی را یاد گرفتم. با ترشی و مربایی که در خانه درست می‌کنم به معاش خانواده‌ام کمک می‌کنم.",
      en: "I learned food preparation in a vocational course in Tabriz. The pickles and jams I make at home help support my family.",
    },
    palette: ["#fff8e7", "#c62828", "#558b2f"],
  },
  {
    handle: "sakine-suzandozi",
    name: "سکینه کریمی",
    city: "کرمان",
    craft: { tr: "Pateh işlemesi", fa: "پته‌دوزی", en: "Pateh embroidery" },
    story: {
      tr: "Kirman'ın pateh işlemesini kızlarıma da öğretiyorum. Yün iplikle yaptığımız her işleme, yörenin renklerini taşıyor.",
      fa: "پته‌دوزی کرمان را به دخترانم هم یاد می‌دهم. هر پته‌ای که با نخ پشمی می‌دوزیم رنگ‌های دیار ما را دارد.",
      en: "I teach Kerman's pateh embroidery to my daughters too. Every piece we stitch in wool carries the colours of our region.",
    },
    palette: ["#fbf4e9", "#7b1fa2", "#e65100"],
  },
  {
    handle: "gulsum-sepet",
    name: "Gülsüm Arslan",
    city: "Kocaeli",
    craft: { tr: "Sepet örücülüğü", fa: "سبدبافی", en: "Basket weaving" },
    story: {
      tr: "İzmit'te İZMEK kursunda sepet örmeyi öğrendim, Çınar Kadın Kooperatifi'yle stantlarda satmaya başladım. Şimdi siparişleri internetten de alıyorum.",
      fa: "سبدبافی را در دورهٔ ایزمک در ازمیت یاد گرفتم و با تعاونی زنان چنار در غرفه‌ها فروختم. حالا سفارش‌ها را از اینترنت هم می‌گیرم.",
      en: "I learned basket weaving at an İZMEK course in İzmit and began selling at stands with the Çınar Women's Cooperative. Now orders come online too.",
    },
    palette: ["#faf5ec", "#a1887f", "#33691e"],
    payoutAccount: { iban: "TR790006204323194875749118", holder: "Gülsüm Arslan" },
  },
]
