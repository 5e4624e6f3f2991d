/** Women waiting in the moderation inbox when the demo starts. */
export const DEMO_APPLICATIONS = [
  {
    full_name: "Şerife Koç",
    email: "serife.koc@example.com",
    phone: "+90 532 410 22 81",
    city: "Ankara",
    district: "Keçiören",
    craft: "Tığ işi",
    story:
      "KEÇMEK'te tığ işi kursunu bitirdim. Bebek battaniyeleri ve yelekler örüyorum; komşularım için yıllardır yapıyorum.",
    course: "KEÇMEK 2022-1183",
    locale: "tr" as const,
  },
  {
    full_name: "زهرا موسوی",
    email: "zahra.mousavi@example.com",
    phone: "+98 914 555 0192",
    city: "ارومیه",
    district: null,
    craft: "گلیم‌بافی",
    story:
      "در کارگاه فرهنگسرا گلیم‌بافی یاد گرفتم و حالا در خانه گلیم‌های کوچک می‌بافم. می‌خواهم کارم را به خریداران بیشتری برسانم.",
    course: null,
    locale: "fa" as const,
  },
  {
    full_name: "Nuran Aydın",
    email: "nuran.aydin@example.com",
    phone: "+90 541 207 63 19",
    city: "Kocaeli",
    district: "İzmit",
    craft: "Ev yapımı erişte ve tarhana",
    story:
      "Karaabdülbaki üretici pazarında erişte ve tarhana satıyorum. Siparişleri internetten de almak istiyorum.",
    course: null,
    locale: "tr" as const,
  },
]
