/**
 * The people of the demo's past year: what the demo producers wrote when they applied, the other
 * women who applied since, and the shoppers who bought from them. Invented; the shapes follow
 * Keçikoop (Keçiören, KEÇMEK courses), İzmit Çarşısı (İZMEK, Çınar Kadın Kooperatifi) and the
 * carpet workshops of Azerbaijan province.
 */

export interface HistoryApplicant {
  full_name: string
  email: string
  phone: string
  city: string
  district: string | null
  craft: string
  story: string
  course: string | null
  locale: "tr" | "fa" | "en"
}

/** What each demo producer wrote in her application, by her shop's handle. */
export const DEMO_PRODUCER_APPLICANTS: Record<string, Omit<HistoryApplicant, "story">> = {
  "ayse-oya": {
    full_name: "Ayşe Yılmaz",
    // Her shop's mails go to the address she applied with, as approval would have it.
    email: "ayse@imece.local",
    phone: "+90 532 118 40 27",
    city: "Ankara",
    district: "Keçiören",
    craft: "İğne oyası",
    course: "KEÇMEK 2021-0874",
    locale: "tr",
  },
  "zehra-kece": {
    full_name: "Zehra Demir",
    email: "zehra.demir@example.com",
    phone: "+90 535 640 18 92",
    city: "Erzurum",
    district: "Yakutiye",
    craft: "Keçe",
    course: null,
    locale: "tr",
  },
  "emine-bakir": {
    full_name: "Emine Kaya",
    email: "emine.kaya@example.com",
    phone: "+90 542 317 66 05",
    city: "Gaziantep",
    district: "Şahinbey",
    craft: "Bakır işçiliği",
    course: null,
    locale: "tr",
  },
  "hatice-cini": {
    full_name: "Hatice Şahin",
    email: "hatice.sahin@example.com",
    phone: "+90 533 904 21 70",
    city: "Kütahya",
    district: "Merkez",
    craft: "Çini ve seramik",
    course: "Kütahya Belediyesi çini kursu 2020",
    locale: "tr",
  },
  "gulsum-sepet": {
    full_name: "Gülsüm Arslan",
    email: "gulsum.arslan@example.com",
    phone: "+90 541 772 38 14",
    city: "Kocaeli",
    district: "İzmit",
    craft: "Sepet örücülüğü",
    course: "İZMEK 2022-1530",
    locale: "tr",
  },
  "fatemeh-qali": {
    full_name: "فاطمه رضایی",
    email: "fatemeh.rezaei@example.com",
    phone: "+98 914 302 7781",
    city: "ارومیه",
    district: null,
    craft: "قالی‌بافی",
    course: "کارگاه فرهنگسرای ارومیه",
    locale: "fa",
  },
  "maryam-torshi": {
    full_name: "مریم احمدی",
    email: "maryam.ahmadi@example.com",
    phone: "+98 914 118 2264",
    city: "تبریز",
    district: null,
    craft: "ترشی و مربای خانگی",
    course: "آموزش فنی و حرفه‌ای تبریز",
    locale: "fa",
  },
  "sakine-suzandozi": {
    full_name: "سکینه کریمی",
    email: "sakine.karimi@example.com",
    phone: "+98 913 240 5517",
    city: "کرمان",
    district: null,
    craft: "پته‌دوزی",
    course: null,
    locale: "fa",
  },
}

/** Women who applied over the year besides the demo producers, in the order they applied. */
export const HISTORY_APPLICANTS: Record<string, HistoryApplicant> = {
  sultan: {
    full_name: "Sultan Çelik",
    email: "sultan.celik@example.com",
    phone: "+90 532 655 12 48",
    city: "Ankara",
    district: "Keçiören",
    craft: "Tığ işi bebek örgüleri",
    story:
      "KEÇMEK'te tığ işi kursuna gittim. Bebek yelekleri, patikler ve battaniyeler örüyorum; torunlarım için başladım, şimdi komşular sipariş veriyor.",
    course: "KEÇMEK 2024-0412",
    locale: "tr",
  },
  derya: {
    full_name: "Derya Koç",
    email: "derya.koc@example.com",
    phone: "+90 538 201 77 36",
    city: "İstanbul",
    district: "Kadıköy",
    craft: "Tişört baskı",
    story: "Toptan aldığım tişörtlere hazır desenler basıyorum, çok çeşit var.",
    course: null,
    locale: "tr",
  },
  hacer: {
    full_name: "Hacer Öztürk",
    email: "hacer.ozturk@example.com",
    phone: "+90 543 880 19 52",
    city: "Kocaeli",
    district: "İzmit",
    craft: "Ebru",
    story:
      "İZMEK'te ebru öğrendim, Sanat Sokağı'ndaki standımızda yıllardır satıyorum. Ebrulu defter ve kartpostallarımı internetten de satmak istiyorum.",
    course: "İZMEK 2023-2210",
    locale: "tr",
  },
  ayten: {
    full_name: "Ayten Bulut",
    email: "ayten.bulut@example.com",
    phone: "+90 532 447 90 13",
    city: "İzmir",
    district: "Buca",
    craft: "Makrome",
    story: "Makrome duvar süsleri ve saksı askıları yapıyorum.",
    course: null,
    locale: "tr",
  },
  masoumeh: {
    full_name: "معصومه نوری",
    email: "masoumeh.nouri@example.com",
    phone: "+98 914 660 3408",
    city: "ارومیه",
    district: null,
    craft: "گلیم‌بافی",
    story:
      "سه سال است در کارگاه فرهنگسرا گلیم می‌بافم. سرپرست خانواده‌ام و می‌خواهم گلیم‌هایم را خودم بفروشم.",
    course: "کارگاه فرهنگسرای ارومیه",
    locale: "fa",
  },
  filiz: {
    full_name: "Filiz Aksoy",
    email: "filiz.aksoy@example.com",
    phone: "+90 544 318 62 07",
    city: "Kocaeli",
    district: "Kartepe",
    craft: "Zeytinyağlı doğal sabun",
    story:
      "Çınar Kadın Kooperatifi'nde zeytinyağı ve defne ile soğuk yöntemle sabun yapıyoruz. Festivallerde tükeniyor, şimdi düzenli satış arıyorum.",
    course: "Çınar Kadın Kooperatifi",
    locale: "tr",
  },
  serpil: {
    full_name: "Serpil Aydemir",
    email: "serpil.aydemir@example.com",
    phone: "+90 536 509 44 81",
    city: "Kocaeli",
    district: "Gebze",
    craft: "Bijuteri",
    story: "Toptancıdan aldığım kolye ve küpeleri satıyorum.",
    course: null,
    locale: "tr",
  },
  gulay: {
    full_name: "Gülay Kurt",
    email: "gulay.kurt@example.com",
    phone: "+90 535 722 08 66",
    city: "Ankara",
    district: "Keçiören",
    craft: "Kanaviçe",
    story: "Kanaviçe işliyorum.",
    course: "KEÇMEK 2023-1877",
    locale: "tr",
  },
  leyla: {
    full_name: "Leyla Yıldız",
    email: "leyla.yildiz@example.com",
    phone: "+90 537 164 93 20",
    city: "Ankara",
    district: "Altındağ",
    craft: "Telkari gümüş takı",
    story:
      "Belediyenin takı tasarımı kursunda telkari öğrendim. Küçük bir atölyem var; küpe ve broşları gümüş telden tek tek işliyorum.",
    course: "Altındağ Belediyesi takı kursu 2022",
    locale: "tr",
  },
  nasrin: {
    full_name: "نسرین رحیمی",
    email: "nasrin.rahimi@example.com",
    phone: "+98 917 402 8815",
    city: "شیراز",
    district: null,
    craft: "خاتم‌کاری",
    story: "جعبه‌های کوچک خاتم درست می‌کنم و می‌خواهم آن‌ها را آنلاین بفروشم.",
    course: null,
    locale: "fa",
  },
  emel: {
    full_name: "Emel Doğan",
    email: "emel.dogan@example.com",
    phone: "+90 533 271 55 90",
    city: "Ankara",
    district: "Keçiören",
    craft: "Keçe oyuncak",
    story: "Çocuklar için keçeden hayvan figürleri yapıyorum.",
    course: "KEÇMEK 2024-0938",
    locale: "tr",
  },
  fariba: {
    full_name: "فریبا حسینی",
    email: "fariba.hosseini@example.com",
    phone: "+98 914 775 2093",
    city: "تبریز",
    district: null,
    craft: "سوزن‌دوزی",
    story:
      "در دورهٔ فنی و حرفه‌ای سوزن‌دوزی یاد گرفتم. رومیزی و کیف‌های کوچک می‌دوزم و درآمدش خرج تحصیل دخترم می‌شود.",
    course: "آموزش فنی و حرفه‌ای تبریز",
    locale: "fa",
  },
  songul: {
    full_name: "Songül Arı",
    email: "songul.ari@example.com",
    phone: "+90 542 836 17 44",
    city: "Kocaeli",
    district: "Derince",
    craft: "Ev yapımı reçel",
    story: "Reçel yapıyorum.",
    course: null,
    locale: "tr",
  },
  zeynab: {
    full_name: "زینب کاظمی",
    email: "zeynab.kazemi@example.com",
    phone: "+98 914 553 6102",
    city: "ارومیه",
    district: null,
    craft: "قالی‌بافی",
    story: "قالیچه می‌بافم.",
    course: null,
    locale: "fa",
  },
  melek: {
    full_name: "Melek Şimşek",
    email: "melek.simsek@example.com",
    phone: "+90 532 980 36 21",
    city: "Ankara",
    district: "Keçiören",
    craft: "Örgü çanta",
    story:
      "Penye ipten örgü çanta ve sepetler yapıyorum. KEÇMEK sergisinde hepsi satıldı; hocam buraya başvurmamı önerdi.",
    course: "KEÇMEK 2025-0155",
    locale: "tr",
  },
  tuba: {
    full_name: "Tuba Arslan",
    email: "tuba.arslan@example.com",
    phone: "+90 541 266 70 38",
    city: "Kocaeli",
    district: "İzmit",
    craft: "Seramik",
    story:
      "İZMEK seramik atölyesinde çalışıyorum. Kupa ve tabakları çarkta şekillendirip kendim sırlıyorum.",
    course: "İZMEK 2024-3102",
    locale: "tr",
  },
  aysel: {
    full_name: "Aysel Polat",
    email: "aysel.polat@example.com",
    phone: "+90 538 447 12 95",
    city: "Ankara",
    district: "Pursaklar",
    craft: "Yün çorap",
    story:
      "Köyden getirdiğim yünü kendim eğirip desenli çorap örüyorum. Kışın çok soruluyor, siparişlere yetişmek istiyorum.",
    course: null,
    locale: "tr",
  },
}

/** A shopper's name and where her parcels go. */
export interface HistoryShopper {
  email: string
  first_name: string
  last_name: string
  phone: string
  address_1: string
  city: string
  province: string | null
  postal_code: string
  country_code: string
}

/** Where the demo shopper (a registered customer) has her parcels sent. */
export const DEMO_SHOPPER_ADDRESS: Omit<HistoryShopper, "email"> = {
  first_name: "Elif",
  last_name: "Alıcı",
  phone: "+90 532 414 20 20",
  address_1: "Kızlarpınarı Cd. 24/3",
  city: "Ankara",
  province: "Keçiören",
  postal_code: "06280",
  country_code: "tr",
}

/**
 * One shopper a line: e-mail · first name · last name · phone · street · district · city ·
 * postal code · country.
 */
function shoppers(rows: string): HistoryShopper[] {
  return rows
    .trim()
    .split("\n")
    .map((row) => {
      const [email, first_name, last_name, phone, address_1, province, city, postal_code, country] =
        row.split("·").map((field) => field.trim())
      return {
        email,
        first_name,
        last_name,
        phone,
        address_1,
        city,
        province: province || null,
        postal_code,
        country_code: country,
      }
    })
}

/** Guests who bought in lira, in Turkey. Some come back. */
export const TURKISH_GUESTS: HistoryShopper[] = shoppers(
  `
selin.aktas@example.com · Selin · Aktaş · +90 537 706 79 26 · Bağdat Cd. 118/5 · Kadıköy · İstanbul · 34728 · tr
burcu.yalcin@example.com · Burcu · Yalçın · +90 541 718 70 90 · Atatürk Blv. 45/2 · Çankaya · Ankara · 06420 · tr
murat.ergin@example.com · Murat · Ergin · +90 548 167 87 11 · Kıbrıs Şehitleri Cd. 12 · Konak · İzmir · 35220 · tr
zeynep.sari@example.com · Zeynep · Sarı · +90 545 365 80 39 · Alemdar Cd. 7 · İzmit · Kocaeli · 41300 · tr
hulya.turan@example.com · Hülya · Turan · +90 536 834 70 79 · Gazi Mustafa Kemal Blv. 88/4 · Nilüfer · Bursa · 16110 · tr
canan.erdem@example.com · Canan · Erdem · +90 547 587 60 91 · Kızılırmak Cd. 19/6 · Keçiören · Ankara · 06300 · tr
deniz.kaplan@example.com · Deniz · Kaplan · +90 534 337 91 29 · Konyaaltı Cd. 230 · Muratpaşa · Antalya · 07050 · tr
esra.gunes@example.com · Esra · Güneş · +90 546 499 11 95 · 1203. Sk. 4 · Gebze · Kocaeli · 41400 · tr
ozlem.tekin@example.com · Özlem · Tekin · +90 532 263 85 15 · Tunalı Hilmi Cd. 61/8 · Çankaya · Ankara · 06680 · tr
pinar.korkmaz@example.com · Pınar · Korkmaz · +90 539 898 13 44 · Barbaros Blv. 34/12 · Beşiktaş · İstanbul · 34353 · tr
gamze.ozdemir@example.com · Gamze · Özdemir · +90 545 709 59 64 · İnönü Cd. 9 · Tepebaşı · Eskişehir · 26010 · tr
ahmet.kilic@example.com · Ahmet · Kılıç · +90 542 845 83 66 · Fevzi Çakmak Cd. 77/3 · Keçiören · Ankara · 06290 · tr
sevgi.acar@example.com · Sevgi · Acar · +90 534 999 56 22 · Lale Sk. 15 · Yenişehir · Mersin · 33110 · tr
nazli.cakir@example.com · Nazlı · Çakır · +90 531 239 73 37 · Kıbrıs Cd. 3/1 · Konak · İzmir · 35220 · tr
kubra.aslan@example.com · Kübra · Aslan · +90 538 788 65 90 · Yahya Kaptan 5. Sk. 22 · İzmit · Kocaeli · 41050 · tr
meral.bozkurt@example.com · Meral · Bozkurt · +90 539 531 74 59 · Kazım Karabekir Cd. 40 · Yakutiye · Erzurum · 25100 · tr
ipek.sen@example.com · İpek · Şen · +90 548 459 78 84 · Moda Cd. 150/7 · Kadıköy · İstanbul · 34710 · tr
tulay.ozkan@example.com · Tülay · Özkan · +90 543 698 39 53 · Şehitkamil Blv. 58 · Şehitkamil · Gaziantep · 27090 · tr
rana.mohammadi@example.com · رعنا · محمدی · +90 530 976 45 87 · Güneş Sk. 11/2 · Esenyurt · İstanbul · 34510 · tr
aylin.demirci@example.com · Aylin · Demirci · +90 535 815 51 79 · Hürriyet Cd. 26/4 · Merkez · Kütahya · 43100 · tr
hakan.yurt@example.com · Hakan · Yurt · +90 548 682 23 93 · Ziya Gökalp Cd. 17/9 · Çankaya · Ankara · 06420 · tr
elif.kara@example.com · Elif · Kara · +90 536 748 83 44 · Karşıyaka Cd. 210/3 · Karşıyaka · İzmir · 35540 · tr
shirin.ahmadi@example.com · شیرین · احمدی · +90 539 227 18 71 · Kuşkonmaz Sk. 8 · Çankaya · Ankara · 06590 · tr
fatma.ucar@example.com · Fatma · Uçar · +90 545 190 54 18 · Dumlupınar Cd. 31 · İzmit · Kocaeli · 41040 · tr
`
)

/** Guests who bought in euros from Europe: the diaspora, mostly, and a few collectors. */
export const EUROPEAN_GUESTS: HistoryShopper[] = shoppers(
  `
aylin.yilmaz@example.de · Aylin · Yılmaz · +49 157 3529423 · Kottbusser Damm 44 · · Berlin · 10967 · de
mehmet.ozturk@example.de · Mehmet · Öztürk · +49 151 7338512 · Keupstraße 19 · · Köln · 51063 · de
sanne.devries@example.nl · Sanne · de Vries · +31 6 10970761 · Javastraat 88 · · Amsterdam · 1094 HH · nl
hatice.bayram@example.at · Hatice · Bayram · +43 664 5418669 · Brunnengasse 31 · · Wien · 1160 · at
claire.martin@example.fr · Claire · Martin · +33 6 58 68 76 59 · Rue de la Roquette 102 · · Paris · 75011 · fr
parisa.karimi@example.de · پریسا · کریمی · +49 159 2720886 · Steindamm 57 · · Hamburg · 20099 · de
`
)
