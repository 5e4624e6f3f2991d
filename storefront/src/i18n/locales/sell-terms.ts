import type { Locale } from "@imece/i18n"

/**
 * The terms an applicant accepts (`/sell/terms`): how selling here works, and what the
 * cooperative does with her data (KVKK's information notice). Short, and only what the
 * marketplace really does.
 */
const tr = {
  title: "Satıcı koşulları ve kişisel verileriniz",
  lead: "İmece'yi el emeğini satan kadınlar için bir kooperatif yürütür. Burada satarken neye birlikte uyduğumuzu ve bilgilerinizle ne yaptığımızı kısaca anlatıyoruz.",
  saleTitle: "Satış koşulları",
  sale: {
    shop: {
      title: "Dükkânınız",
      text: "Ürünlerinizi, fiyatlarınızı ve stoğunuzu siz belirlersiniz. Kooperatif yeni ürünleri satışa çıkmadan önce inceleyebilir. Bu koşullara uyulmazsa dükkânı askıya alabilir; o sırada dükkânınızı görürsünüz ama değiştiremezsiniz.",
    },
    commission: {
      title: "Kooperatifin payı",
      text: "Her satıştan kooperatif, siparişin verildiği gün geçerli olan oranda bir pay alır; gerisi sizindir. Her siparişte kazancınızı ve kooperatifin payını ayrı ayrı görürsünüz. Oran sonradan değişse de verilmiş siparişlerde değişmez.",
    },
    payouts: {
      title: "Ödemeler",
      text: "Sipariş teslim edilince kazancınız hesabınıza yazılır. Kooperatif onu teslimattan sonra bir süre bekletebilir (süre Kazancım sayfasında yazar); sonra belli aralıklarla dükkân bilgilerinizdeki IBAN'a toplu olarak gönderir. IBAN yazmadıysanız paranız kaybolmaz, siz yazana kadar bekler.",
    },
    returns: {
      title: "İadeler",
      text: "İade kabul edip etmediğinizi dükkân bilgilerinizde siz seçersiniz. Bir siparişin parası alıcıya geri ödenirse, geri ödenen tutar o siparişin ürünlerine paylaştırılır ve kooperatifin payıyla birlikte kazancınızdan düşülür; teslimattan sonraysa sonraki ödemenizden düşülür.",
    },
    orders: {
      title: "Siparişler ve alıcının bilgileri",
      text: "Yeni siparişi dükkânınızda görür, hazırlar, kargoya verip takip numarasını yazarsınız. Alıcının adını, adresini ve telefonunu yalnızca o siparişi göndermek için kullanın; başka bir iş için saklamayın, kimseyle paylaşmayın.",
    },
  },
  dataTitle: "Kişisel verileriniz (KVKK aydınlatma metni)",
  dataLead:
    "Kişisel Verilerin Korunması Kanunu'na göre verilerinizden sorumlu olan (veri sorumlusu), bu pazarı yürüten kooperatiftir.",
  data: {
    kept: {
      title: "Neyi saklıyoruz",
      text: "Başvuruda yazdıklarınızı: adınız soyadınız, telefonunuz, e-postanız, iliniz ve ilçeniz, zanaatiniz, hikâyeniz, geldiğiniz kurs, yüklediğiniz fotoğraflar, diliniz ve bu koşulları kabul ettiğiniz an. Dükkânınız açılınca ayrıca dükkân bilgilerinizi, ürünlerinizi, siparişlerinizi, kazançlarınızı ve ödemeler için IBAN'ınızı ve hesap sahibinin adını. Formu gönderene kadar yazdıklarınız yalnızca bu cihazda, tarayıcınızda durur.",
    },
    why: {
      title: "Neden",
      text: "Başvurunuzu incelemek ve size yazmak, dükkânınızı açıp yürütmek, siparişleri alıcılara ulaştırmak, kazancınızı hesaplayıp ödemek ve yasaların istediği kayıtları tutmak için. Dayanağı, başvurunuzla kurduğumuz satıcılık ilişkisi ve yasal yükümlülüklerimizdir. Verilerinizi satmayız, reklam için kullanmayız.",
    },
    who: {
      title: "Kim görür",
      text: "Kooperatifin ekibi başvurunuzu ve dükkân bilgilerinizi görür; IBAN'ınızı yalnızca bir kısmı gizlenmiş olarak. Başvuru fotoğraflarınızı yalnızca ekip inceler. Alıcılar yalnızca dükkânınızda gösterdiklerinizi görür: adınız (isterseniz yalnızca ilk adınız), iliniz, isterseniz ilçeniz, zanaatiniz, hikâyeniz, fotoğrafınız ve ürünleriniz. Telefonunuz, e-postanız ve IBAN'ınız alıcılara gösterilmez. Ödeme için bankaya hesap sahibinin adı, IBAN ve tutar gider; e-postalarımız bir e-posta gönderim hizmetiyle iletilebilir.",
    },
    howLong: {
      title: "Ne kadar süre",
      text: "Başvurunuzu incelendiği sürece, dükkânınızın bilgilerini dükkânınız açık olduğu sürece saklarız. Satış ve ödeme kayıtlarını ticaret ve vergi yasalarının istediği süre boyunca saklamak zorundayız. Aynı adresten çok sayıda başvuru gelmesini önlemek için internet (IP) adresiniz bir saat boyunca sayılır.",
    },
    rights: {
      title: "Haklarınız ve silinmesini istemek",
      text: "Hakkınızda neyi sakladığımızı ve kimlerle paylaştığımızı sorabilir; yanlışsa düzeltilmesini, artık gerekmiyorsa silinmesini isteyebilir, işlenmesine itiraz edebilirsiniz. Dükkân bilgilerinizin çoğunu kendiniz düzeltebilirsiniz. Başvurunuzun ya da dükkânınızın silinmesi için kooperatife başvuru kodunuzla (dükkânınız açıksa dükkânınızın adıyla) yazın; en geç 30 gün içinde yanıt veririz. Yasal olarak saklamamız gereken satış ve ödeme kayıtları dışında her şeyi sileriz.",
    },
  },
  backToForm: "Başvuru formuna dön",
}

export type SellTermsTranslations = typeof tr

const fa: SellTermsTranslations = {
  title: "شرایط فروشندگی و اطلاعات شخصی شما",
  lead: "ایمجه را یک تعاونی برای زنانی که دست‌ساخته‌هایشان را می‌فروشند اداره می‌کند. اینجا کوتاه می‌گوییم هنگام فروش در اینجا به چه چیزهایی با هم پایبندیم و با اطلاعات شما چه می‌کنیم.",
  saleTitle: "شرایط فروش",
  sale: {
    shop: {
      title: "فروشگاه شما",
      text: "محصولات، قیمت‌ها و موجودی را خودتان تعیین می‌کنید. تعاونی می‌تواند محصولات تازه را پیش از فروش بررسی کند. اگر این شرایط رعایت نشود، می‌تواند فروشگاه را تعلیق کند؛ در آن مدت فروشگاهتان را می‌بینید اما نمی‌توانید تغییرش دهید.",
    },
    commission: {
      title: "سهم تعاونی",
      text: "تعاونی از هر فروش سهمی برمی‌دارد به نرخی که روز ثبت سفارش برقرار است؛ باقی مال شماست. در هر سفارش درآمد خودتان و سهم تعاونی را جداگانه می‌بینید. اگر نرخ بعداً تغییر کند، سفارش‌های ثبت‌شده تغییر نمی‌کنند.",
    },
    payouts: {
      title: "پرداخت‌ها",
      text: "وقتی سفارش تحویل داده شود، درآمدتان در حساب شما ثبت می‌شود. تعاونی ممکن است آن را مدتی پس از تحویل نگه دارد (مدتش در صفحهٔ درآمد من نوشته شده)؛ سپس هر چند وقت یک بار، یکجا به \u2068IBAN\u2069 اطلاعات فروشگاهتان واریز می‌کند. اگر \u2068IBAN\u2069 ننوشته باشید، پولتان از بین نمی‌رود و تا وقتی بنویسید می‌ماند.",
    },
    returns: {
      title: "مرجوعی",
      text: "اینکه مرجوعی می‌پذیرید یا نه را خودتان در اطلاعات فروشگاه انتخاب می‌کنید. اگر پول سفارشی به خریدار برگردانده شود، مبلغ برگشتی میان محصولات همان سفارش تقسیم می‌شود و همراه با سهم تعاونی از درآمد شما کم می‌شود؛ اگر پس از تحویل باشد، از پرداخت بعدی‌تان کم می‌شود.",
    },
    orders: {
      title: "سفارش‌ها و اطلاعات خریدار",
      text: "سفارش تازه را در فروشگاهتان می‌بینید، آماده می‌کنید، به پست می‌دهید و کد رهگیری را می‌نویسید. نام، نشانی و تلفن خریدار را فقط برای فرستادن همان سفارش به کار ببرید؛ برای کار دیگری نگه ندارید و به کسی ندهید.",
    },
  },
  dataTitle: "اطلاعات شخصی شما (اطلاعیهٔ قانون حفاظت از داده‌های شخصی ترکیه، \u2068KVKK\u2069)",
  dataLead:
    "طبق قانون حفاظت از داده‌های شخصی ترکیه، مسئول اطلاعات شما تعاونی‌ای است که این بازار را اداره می‌کند.",
  data: {
    kept: {
      title: "چه چیزی نگه می‌داریم",
      text: "آنچه در درخواست نوشته‌اید: نام و نام خانوادگی، تلفن، ایمیل، شهر و محله، هنرتان، داستانتان، دوره‌ای که گذرانده‌اید، عکس‌هایی که فرستاده‌اید، زبانتان و زمانی که این شرایط را پذیرفتید. وقتی فروشگاهتان باز شود، همچنین اطلاعات فروشگاه، محصولات، سفارش‌ها، درآمدها و برای پرداخت‌ها \u2068IBAN\u2069 و نام صاحب حساب. تا وقتی فرم را نفرستاده‌اید، نوشته‌هایتان فقط روی همین دستگاه، در مرورگرتان می‌ماند.",
    },
    why: {
      title: "چرا",
      text: "برای بررسی درخواستتان و نوشتن به شما، باز کردن و اداره کردن فروشگاهتان، رساندن سفارش‌ها به خریداران، حساب کردن و پرداخت درآمدتان و نگه داشتن سوابقی که قانون می‌خواهد. پایهٔ آن، رابطهٔ فروشندگی است که با درخواستتان برقرار می‌کنیم و تکالیف قانونی ما. اطلاعات شما را نمی‌فروشیم و برای تبلیغ به کار نمی‌بریم.",
    },
    who: {
      title: "چه کسانی می‌بینند",
      text: "گروه تعاونی درخواست و اطلاعات فروشگاهتان را می‌بیند؛ \u2068IBAN\u2069 شما را فقط با بخشی پوشیده. عکس‌های درخواست را فقط گروه تعاونی بررسی می‌کند. خریداران فقط آنچه در فروشگاهتان نشان می‌دهید را می‌بینند: نامتان (اگر بخواهید فقط نام کوچک)، شهر، اگر بخواهید محله، هنر، داستان، عکس و محصولاتتان. تلفن، ایمیل و \u2068IBAN\u2069 شما به خریداران نشان داده نمی‌شود. برای پرداخت، نام صاحب حساب، \u2068IBAN\u2069 و مبلغ به بانک می‌رود؛ ایمیل‌های ما ممکن است از راه یک سرویس ارسال ایمیل فرستاده شوند.",
    },
    howLong: {
      title: "تا کی",
      text: "درخواستتان را تا وقتی بررسی می‌شود و اطلاعات فروشگاهتان را تا وقتی فروشگاه باز است نگه می‌داریم. سوابق فروش و پرداخت را باید تا مدتی که قانون تجارت و مالیات می‌خواهد نگه داریم. برای جلوگیری از درخواست‌های پرشمار از یک نشانی، نشانی اینترنتی (\u2068IP\u2069) شما یک ساعت شمرده می‌شود.",
    },
    rights: {
      title: "حقوق شما و درخواست پاک کردن",
      text: "می‌توانید بپرسید چه چیزی دربارهٔ شما نگه می‌داریم و با چه کسانی در میان گذاشته‌ایم؛ اگر نادرست است اصلاحش را، اگر دیگر لازم نیست پاک شدنش را بخواهید و به پردازش آن اعتراض کنید. بیشتر اطلاعات فروشگاهتان را خودتان می‌توانید اصلاح کنید. برای پاک شدن درخواست یا فروشگاهتان، با کد پیگیری (یا اگر فروشگاهتان باز است با نام فروشگاه) به تعاونی بنویسید؛ حداکثر تا ۳۰ روز پاسخ می‌دهیم. همه چیز را پاک می‌کنیم، جز سوابق فروش و پرداختی که قانوناً باید نگه داریم.",
    },
  },
  backToForm: "بازگشت به فرم درخواست",
}

const en: SellTermsTranslations = {
  title: "Terms for sellers and your personal data",
  lead: "İmece is run by a cooperative for women who sell what they make by hand. Here, in short, is what we agree to when you sell here, and what we do with your data.",
  saleTitle: "Selling terms",
  sale: {
    shop: {
      title: "Your shop",
      text: "You decide your products, prices and stock. The cooperative may review new products before they go on sale. If these terms are not kept, it may suspend a shop; meanwhile you can see your shop but not change it.",
    },
    commission: {
      title: "The cooperative's share",
      text: "From each sale the cooperative keeps a share at the rate in force on the day the order is placed; the rest is yours. Each order shows your earning and the cooperative's share apart. If the rate changes later, orders already placed do not change.",
    },
    payouts: {
      title: "Payouts",
      text: "When an order is delivered, your earning is written to your account. The cooperative may hold it for a while after delivery (your Earnings page says how long); then, at regular intervals, it sends it together to the IBAN in your shop details. If you have not given an IBAN, your money is not lost: it waits until you do.",
    },
    returns: {
      title: "Returns",
      text: "You choose in your shop details whether you accept returns. If a shopper is refunded for an order, the refund is shared over that order's products and taken off your earning together with the cooperative's share; after delivery, it is taken off your next payout.",
    },
    orders: {
      title: "Orders and the shopper's details",
      text: "You see a new order in your shop, prepare it, hand it to the carrier and write the tracking number. Use the shopper's name, address and phone only to send that order; do not keep them for anything else or share them with anyone.",
    },
  },
  dataTitle: "Your personal data (information notice under Türkiye's KVKK)",
  dataLead:
    "Under Türkiye's Personal Data Protection Law (KVKK), the one responsible for your data (the data controller) is the cooperative that runs this marketplace.",
  data: {
    kept: {
      title: "What we keep",
      text: "What you write in your application: your full name, phone, e-mail, city and district, your craft, your story, the course you come from, the photos you upload, your language and when you accepted these terms. Once your shop is open, also your shop details, products, orders, earnings and, for payouts, your IBAN and the account holder's name. Until you send the form, what you type stays only on this device, in your browser.",
    },
    why: {
      title: "Why",
      text: "To review your application and write to you, to open and run your shop, to get orders to shoppers, to work out and pay your earnings, and to keep the records the law requires. The basis is the selling relationship your application starts and our legal duties. We do not sell your data or use it for advertising.",
    },
    who: {
      title: "Who sees it",
      text: "The cooperative's team sees your application and shop details; your IBAN only partly hidden. Only the team looks at your application photos. Shoppers see only what your shop shows: your name (only your first name if you like), city, district if you like, craft, story, photo and products. Your phone, e-mail and IBAN are never shown to shoppers. For payouts the bank receives the account holder's name, the IBAN and the amount; our e-mails may be delivered through an e-mail service.",
    },
    howLong: {
      title: "How long",
      text: "We keep your application while it is reviewed, and your shop's details while your shop is open. Records of sales and payments we must keep as long as commercial and tax law requires. To stop many applications from one address, your internet (IP) address is counted for one hour.",
    },
    rights: {
      title: "Your rights, and asking for deletion",
      text: "You may ask what we keep about you and whom we shared it with; have it corrected if it is wrong, deleted if it is no longer needed, and object to its use. You can correct most of your shop details yourself. To have your application or your shop deleted, write to the cooperative with your reference code (or your shop's name once it is open); we answer within 30 days at the latest. We delete everything except the sales and payment records the law requires us to keep.",
    },
  },
  backToForm: "Back to the application form",
}

export const sellTerms: Record<Locale, SellTermsTranslations> = { tr, fa, en }
