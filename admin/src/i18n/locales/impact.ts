import type { Locale } from "@imece/i18n"

/** The words of the impact page (`/impact`): what the programme achieves, for staff and the municipality. */
const tr = {
  nav: "Etki",
  title: "Programın etkisi",
  subtitle:
    "Başvurudan ilk satışa kadınların yolu, aylık gelir, şehir ve zanaat dağılımı. Tarihler UTC günleridir; tutarlarda kargo yoktur.",
  loadFailed: "Etki raporu yüklenemedi.",
  empty: "Bu dönemde henüz sipariş ya da gelir yok.",
  notGiven: "Belirtilmemiş",
  period: {
    label: "Dönem",
    presets: {
      last3: "Son 3 ay",
      last6: "Son 6 ay",
      last12: "Son 12 ay",
      thisYear: "Bu yıl",
      custom: "Tarih seç",
    },
    from: "İlk gün",
    to: "Son gün",
    apply: "Göster",
    range: "{{from}} – {{to}}",
    fromAfterTo: "İlk gün, son günden sonra olamaz.",
    tooLong: "Bir rapor en çok 3 yılı kapsar.",
    incomplete: "İki günü de seçin.",
  },
  funnel: {
    title: "Başvurudan satışa",
    subtitle:
      "Bu dönemde başvuranlar, dönemin sonundaki durumlarıyla; her adım bir öncekinin içindedir.",
    submitted: "Başvuru",
    approved: "Onaylanan",
    firstSale: "İlk satışını yapan",
    active: "Son 30 günde satış yapan",
    share: "Önceki adıma oranı: %{{percent}}",
    medianDays: "Onaydan ilk satışa ortanca gün",
    noMedian: "Henüz ilk satış yok",
  },
  summary: {
    title: "Dönemin özeti",
    activeProducers: "Açık dükkân",
    producersWithSales: "Satış yapan üretici",
    activeLast30: "Son 30 günde satış yapan",
  },
  income: {
    title: "Aylık gelir",
    subtitle:
      "Brüt satış, kooperatifin komisyonu ve üreticilerin kazancı. Gelir teslim edilen siparişlerden iadeler düşülerek hesaplanır ve üreticinin hesabına yazıldığı aya sayılır.",
    chart: "Aylık gelir grafiği ({{currency}})",
  },
  orders: {
    title: "Aylık sipariş",
    subtitle:
      "Verilen siparişler, verildikleri aya sayılır; henüz teslim edilmemiş olanlar da. Bir alışverişte birden çok üretici olsa da sipariş bir kez sayılır.",
    chart: "Aylık sipariş grafiği ({{currency}})",
  },
  cities: { title: "Şehirlere göre" },
  crafts: { title: "Zanaatlara göre" },
  top: {
    title: "En çok kazanan üreticiler",
    subtitle: "Dönemdeki kazancına göre ilk 10; CSV dosyasında tüm üreticiler var.",
  },
  struggling: {
    title: "Desteğe ihtiyacı olabilecekler",
    subtitle: "Son 60 günde satış yapmamış açık dükkânlar; hiç satmamış olanlar önce.",
    never: "Hiç satış yok",
    empty: "Her açık dükkân son 60 günde satış yaptı.",
  },
  columns: {
    month: "Ay",
    gross: "Brüt satış",
    commission: "Komisyon",
    net: "Üreticilerin kazancı",
    orders: "Sipariş",
    averageOrder: "Ortalama sipariş",
    city: "Şehir",
    craft: "Zanaat",
    producers: "Üretici",
    producersWithSales: "Satış yapan",
    producer: "Üretici",
    lastSale: "Son satış",
    daysSince: "Geçen gün",
    joined: "Katılış",
  },
  download: "CSV indir",
  downloadLabel: "{{table}}: CSV indir",
  downloadFailed: "CSV dosyası indirilemedi.",
}

/** Same keys as Turkish, any text. */
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> }
export type ImpactTranslations = Translations<typeof tr>

const fa: ImpactTranslations = {
  nav: "اثرگذاری",
  title: "اثرگذاری برنامه",
  subtitle:
    "مسیر زنان از درخواست تا نخستین فروش، درآمد ماهانه، و پراکندگی بر پایهٔ شهر و هنر. تاریخ‌ها روزهای UTC هستند؛ هزینهٔ ارسال در مبالغ نیست.",
  loadFailed: "گزارش اثرگذاری بارگذاری نشد.",
  empty: "هنوز در این دوره سفارش یا درآمدی نبوده است.",
  notGiven: "نامشخص",
  period: {
    label: "دوره",
    presets: {
      last3: "۳ ماه گذشته",
      last6: "۶ ماه گذشته",
      last12: "۱۲ ماه گذشته",
      thisYear: "امسال",
      custom: "انتخاب تاریخ",
    },
    from: "روز نخست",
    to: "روز پایانی",
    apply: "نمایش",
    range: "{{from}} – {{to}}",
    fromAfterTo: "روز نخست نمی‌تواند پس از روز پایانی باشد.",
    tooLong: "هر گزارش حداکثر ۳ سال را در بر می‌گیرد.",
    incomplete: "هر دو روز را انتخاب کنید.",
  },
  funnel: {
    title: "از درخواست تا فروش",
    subtitle:
      "درخواست‌دهندگان این دوره، با وضعیتشان در پایان دوره؛ هر گام زیرمجموعهٔ گام پیشین است.",
    submitted: "درخواست",
    approved: "پذیرفته‌شده",
    firstSale: "با نخستین فروش",
    active: "با فروش در ۳۰ روز گذشته",
    share: "{{percent}}٪ از گام پیشین",
    medianDays: "میانهٔ روزها از پذیرش تا نخستین فروش",
    noMedian: "هنوز فروش نخستی نیست",
  },
  summary: {
    title: "خلاصهٔ دوره",
    activeProducers: "فروشگاه باز",
    producersWithSales: "تولیدکنندهٔ دارای فروش",
    activeLast30: "با فروش در ۳۰ روز گذشته",
  },
  income: {
    title: "درآمد ماهانه",
    subtitle:
      "فروش ناخالص، کارمزد تعاونی و درآمد تولیدکنندگان. درآمد از سفارش‌های تحویل‌شده و پس از کسر بازپرداخت‌ها حساب می‌شود و در ماهی شمرده می‌شود که در حساب تولیدکننده ثبت شده است.",
    chart: "نمودار درآمد ماهانه ({{currency}})",
  },
  orders: {
    title: "سفارش ماهانه",
    subtitle:
      "سفارش‌های ثبت‌شده، در ماهی که ثبت شده‌اند، حتی اگر هنوز تحویل نشده باشند؛ سفارشی که چند تولیدکننده دارد یک بار شمرده می‌شود.",
    chart: "نمودار سفارش ماهانه ({{currency}})",
  },
  cities: { title: "بر پایهٔ شهر" },
  crafts: { title: "بر پایهٔ هنر" },
  top: {
    title: "پردرآمدترین تولیدکنندگان",
    subtitle: "۱۰ نفر نخست بر پایهٔ درآمد در این دوره؛ فایل CSV همهٔ تولیدکنندگان را دارد.",
  },
  struggling: {
    title: "کسانی که شاید به کمک نیاز دارند",
    subtitle:
      "فروشگاه‌های بازی که در ۶۰ روز گذشته فروشی نداشته‌اند؛ آنان که هرگز نفروخته‌اند نخست.",
    never: "هنوز فروشی نیست",
    empty: "هر فروشگاه باز در ۶۰ روز گذشته فروش داشته است.",
  },
  columns: {
    month: "ماه",
    gross: "فروش ناخالص",
    commission: "کارمزد",
    net: "درآمد تولیدکنندگان",
    orders: "سفارش",
    averageOrder: "میانگین سفارش",
    city: "شهر",
    craft: "هنر",
    producers: "تولیدکننده",
    producersWithSales: "دارای فروش",
    producer: "تولیدکننده",
    lastSale: "آخرین فروش",
    daysSince: "روزهای گذشته",
    joined: "پیوستن",
  },
  download: "دریافت CSV",
  downloadLabel: "{{table}}: دریافت CSV",
  downloadFailed: "فایل CSV دریافت نشد.",
}

const en: ImpactTranslations = {
  nav: "Impact",
  title: "The programme's impact",
  subtitle:
    "Women's way from applying to a first sale, income per month, by city and by craft. Days are UTC days; amounts exclude shipping.",
  loadFailed: "Could not load the impact report.",
  empty: "No orders or income in this period yet.",
  notGiven: "Not given",
  period: {
    label: "Period",
    presets: {
      last3: "Last 3 months",
      last6: "Last 6 months",
      last12: "Last 12 months",
      thisYear: "This year",
      custom: "Choose dates",
    },
    from: "First day",
    to: "Last day",
    apply: "Show",
    range: "{{from}} – {{to}}",
    fromAfterTo: "The first day cannot be after the last.",
    tooLong: "A report covers at most 3 years.",
    incomplete: "Choose both days.",
  },
  funnel: {
    title: "From application to sale",
    subtitle:
      "Those who applied in the period, as things stood at its end; each step counts among the one before.",
    submitted: "Applied",
    approved: "Approved",
    firstSale: "Made a first sale",
    active: "Sold in the last 30 days",
    share: "{{percent}}% of the step before",
    medianDays: "Median days from approval to first sale",
    noMedian: "No first sale yet",
  },
  summary: {
    title: "The period in short",
    activeProducers: "Open shops",
    producersWithSales: "Producers who sold",
    activeLast30: "Sold in the last 30 days",
  },
  income: {
    title: "Income per month",
    subtitle:
      "Gross sales, the cooperative's commission and what producers earned. Income counts delivered orders less refunds, in the month it was booked to the producer's account.",
    chart: "Chart of income per month ({{currency}})",
  },
  orders: {
    title: "Orders per month",
    subtitle:
      "Orders placed, in the month they were placed, delivered yet or not. An order with several producers counts once.",
    chart: "Chart of orders per month ({{currency}})",
  },
  cities: { title: "By city" },
  crafts: { title: "By craft" },
  top: {
    title: "Producers who earned most",
    subtitle: "The top 10 by earnings in the period; the CSV file has every producer.",
  },
  struggling: {
    title: "Who may need help",
    subtitle: "Open shops without a sale in the last 60 days; those who never sold first.",
    never: "Never sold",
    empty: "Every open shop has sold in the last 60 days.",
  },
  columns: {
    month: "Month",
    gross: "Gross sales",
    commission: "Commission",
    net: "Producers' earnings",
    orders: "Orders",
    averageOrder: "Average order",
    city: "City",
    craft: "Craft",
    producers: "Producers",
    producersWithSales: "Who sold",
    producer: "Producer",
    lastSale: "Last sale",
    daysSince: "Days since",
    joined: "Joined",
  },
  download: "Download CSV",
  downloadLabel: "{{table}}: download CSV",
  downloadFailed: "Could not download the CSV file.",
}

export const impact: Record<Locale, ImpactTranslations> = { tr, fa, en }
