import type { ErrorCode, Locale } from "@imece/types"

/** Words both apps use. Each app adds its own namespace beside this one. */
export const common = {
  tr: {
    appName: "İmece",
    language: "Dil",
    languages: { tr: "Türkçe", fa: "فارسی", en: "English" },
    loading: "Yükleniyor…",
    retry: "Tekrar dene",
    error: "Bir şeyler ters gitti.",
    empty: "Henüz bir şey yok.",
    producer: "Üretici",
    producers: "Üreticiler",
    products: "Ürünler",
    city: "Şehir",
    craft: "Zanaat",
    errors: {
      status: {
        invalid: "Gönderilen bilgiler kabul edilmedi. Lütfen kontrol edip tekrar deneyin.",
        unauthorized: "Oturumunuz kapanmış. Lütfen tekrar giriş yapın.",
        forbidden: "Bunu yapma yetkiniz yok.",
        not_found: "Aradığınız şey bulunamadı.",
        conflict: "Bu şimdi yapılamadı; sayfa güncel değil. Yenileyip tekrar deneyin.",
        too_many: "Kısa sürede çok fazla deneme yapıldı. Biraz sonra tekrar deneyin.",
        server: "Sunucuda bir sorun oluştu. Biraz sonra tekrar deneyin.",
        network: "Bağlantı kurulamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.",
      },
      codes: {
        application_already_open:
          "Bu e-posta veya telefonla açılmış bir başvuru zaten inceleniyor. Durumunu e-postanız ve başvuru kodunuzla görebilirsiniz.",
        email_runs_a_shop:
          "{{email}} zaten bir dükkâna giriş yapıyor; bir e-posta bir dükkân açabilir.",
        producer_on_vacation:
          "{{producer}} tatilde: {{product}} {{back_on}} tarihinden itibaren yeniden satın alınabilir.",
        producer_away:
          "{{producer}} bir süreliğine tatilde: {{product}} o döndüğünde yeniden satın alınabilir.",
        product_unavailable: "{{product}} artık satışta değil.",
        application_not_awaiting_changes:
          "Başvurunuz değişiklik beklemiyor; yeniden gönderilecek bir şey yok. Durumunu bu sayfada görebilirsiniz.",
        photo_not_an_image:
          "{{name}} bir JPEG, PNG veya WebP fotoğrafı değil. Lütfen fotoğrafı bu biçimlerden birinde seçin.",
        photo_too_large:
          "Bir fotoğraf en fazla {{max_mb}} MB olabilir. Lütfen daha küçük bir fotoğraf seçin.",
        photo_unreadable:
          "{{name}} sonuna kadar okunamadı; bozuk ya da yarım olabilir. Lütfen yeniden gönderin.",
        payout_holder_missing:
          "IBAN'ınızla birlikte hesap sahibinin adını bankanızda yazdığı gibi yazın.",
        payout_nothing_payable:
          "Bu dönemin sonuna kadar ödenecek bir şey yok: IBAN'ı olan hiçbir üreticinin kullanılabilir ve henüz ödenmemiş kazancı yok.",
        shop_not_opened:
          "Kooperatif dükkânınızı henüz açmadı: etrafa bakabilirsiniz, açıldığında değişiklik yapabilirsiniz.",
        shop_suspended:
          "Dükkânınız kooperatif tarafından askıya alındı: görebilirsiniz ama yeniden açılana kadar değiştiremezsiniz.",
        producer_order_not_ready:
          "#{{display_id}} numaralı sipariş bu adım için hazır değil; durumu bu arada değişmiş olabilir. Sayfayı yenileyip durumuna bakın.",
        photo_not_found:
          "Bu fotoğraf yüklediğiniz fotoğraflar arasında bulunamadı. Lütfen yeniden yükleyin.",
        cart_item_sold_out:
          "{{product}} tükendi; siparişiniz verilmedi. Sepetinizden çıkarıp diğer ürünlerle devam edebilirsiniz.",
        cart_item_being_bought:
          "{{product}} ürününün son parçaları şu anda başka alışverişlerde. Siparişiniz verilmedi; bir dakika sonra tekrar deneyin.",
        cart_prices_changed:
          "Ödemeye geçtiğinizden beri fiyatlar değişti: toplam {{old_total}} yerine artık {{new_total}}. Siparişinizi kontrol edip yeniden onaylayın.",
        too_many_sign_ins:
          "Çok fazla hatalı giriş denemesi yapıldı. {{minutes}} dakika sonra tekrar deneyin.",
        too_many_order_lookups:
          "Çok fazla sipariş araması yapıldı. {{minutes}} dakika sonra tekrar deneyin.",
        too_many_password_resets:
          "Şifre sıfırlama bağlantısı kısa sürede çok kez istendi. Gelen kutunuza ve istenmeyen klasörüne bakın ya da {{minutes}} dakika sonra tekrar isteyin.",
        too_many_registrations:
          "Bu bağlantıdan kısa sürede çok fazla hesap açıldı. {{minutes}} dakika sonra tekrar deneyin.",
        return_option_unknown:
          "Bu iade yöntemi bulunamadı. Lütfen listeden bir iade yöntemi seçin.",
        registration_refused:
          "Bu e-posta ve şifreyle hesap açılamadı. Daha önce hesap açtıysanız giriş yapın.",
        email_has_login: "Bu e-postayla zaten giriş yapılabiliyor; aynı şifreyle giriş yapın.",
        customer_email_not_login: "Hesap, giriş yaptığınız e-posta adresiyle açılır.",
        stripe_not_configured: "Bu mağazada kartla ödeme (Stripe) kurulu değil.",
        staff_role_refused: "Bunu yalnızca kooperatifin bir yöneticisi yapabilir.",
        last_administrator:
          "Kooperatifin en az bir yöneticisi olmalı; önce başka birini yönetici yapın.",
        fulfil_in_producer_flow:
          "Siparişin her parçasını kendi üreticisi dükkânından hazırlar, kargolar ve teslim edildi olarak işaretler; gönderim buradan yapılmaz.",
        offline_payment_needs_receipt:
          "Bu sipariş kapıda ödeme veya havale ile ödeniyor: gelen parayı (tutar, gün ve açıklama) kooperatif panelinde “Ödeme bekleyenler” altında kaydedin; tutar tutunca sipariş ödenmiş olur.",
        stripe_webhook_unsigned: "Bu bildirim, mağazanın Stripe imza anahtarıyla imzalanmamış.",
        application_decided_meanwhile:
          "Bu başvurunun durumu bu arada değişti; bu adım artık yapılamaz. Sayfayı yenileyip güncel durumuna bakın.",
        commission_rule_in_force:
          "Bu kural yürürlükte ve o günden beri verilen siparişlerin oranını belirlemiş olabilir; kaldırılamaz. Bunun yerine daha sonraki bir günden başlayan yeni bir kural ekleyin.",
        commission_rule_in_past:
          "Bir komisyon kuralı geçmişte başlayamaz; bugünü ({{today}}) ya da daha sonraki bir günü seçin.",
        payment_already_captured:
          "Bu ödeme zaten alındı: sipariş ödendi, başka bir şey beklenmiyor.",
        payment_canceled: "Bu ödeme iptal edildi: onun için para beklenmiyor.",
        payment_not_offline:
          "Bu ödemeyi sağlayıcısı alıyor; elle yalnızca havale ve kapıda ödeme kaydedilir.",
        payment_without_order:
          "Bu ödeme hiçbir siparişe bağlı değil; karşılaştırılacak bir şey yok.",
        payout_batch_not_confirmed:
          "{{reference}} ödeme partisi onaylı değil; yalnızca onaylı bir parti ödendi ya da iptal edildi olarak işaretlenebilir. Sayfayı yenileyip durumuna bakın.",
        producer_status_refused:
          "{{producer}} şu anki durumunda bu adıma uygun değil; durumu bu arada değişmiş olabilir. Sayfayı yenileyip güncel durumuna bakın.",
        product_not_awaiting_review:
          "{{product}} inceleme beklemiyor; bu arada karara bağlanmış olabilir. Sayfayı yenileyin.",
        payout_period_in_future:
          "Dönemin son günü bugünden sonra olamaz: yalnızca kullanılabilir kazançlar ödenir.",
        receipt_day_in_future: "Paranın geldiği gün gelecekte olamaz.",
      } satisfies Record<ErrorCode, string>,
    },
    status: {
      pending: "Onay bekliyor",
      active: "Aktif",
      suspended: "Askıda",
    },
  },
  fa: {
    appName: "ایمجه",
    language: "زبان",
    languages: { tr: "Türkçe", fa: "فارسی", en: "English" },
    loading: "در حال بارگذاری…",
    retry: "دوباره امتحان کنید",
    error: "مشکلی پیش آمد.",
    empty: "هنوز چیزی نیست.",
    producer: "تولیدکننده",
    producers: "تولیدکنندگان",
    products: "محصولات",
    city: "شهر",
    craft: "هنر",
    errors: {
      status: {
        invalid: "اطلاعات ارسال‌شده پذیرفته نشد. لطفاً بررسی کنید و دوباره امتحان کنید.",
        unauthorized: "نشست شما به پایان رسیده است. لطفاً دوباره وارد شوید.",
        forbidden: "اجازهٔ انجام این کار را ندارید.",
        not_found: "آنچه به دنبالش هستید پیدا نشد.",
        conflict: "اکنون انجام نشد؛ صفحه به‌روز نیست. صفحه را تازه کنید و دوباره امتحان کنید.",
        too_many: "در زمان کوتاهی تلاش‌های زیادی شد. کمی بعد دوباره امتحان کنید.",
        server: "در سرور مشکلی پیش آمد. کمی بعد دوباره امتحان کنید.",
        network: "اتصال برقرار نشد. اینترنت خود را بررسی کنید و دوباره امتحان کنید.",
      },
      codes: {
        application_already_open:
          "درخواستی با این ایمیل یا شمارهٔ تلفن در حال بررسی است. وضعیت آن را با ایمیل و کد پیگیری خود ببینید.",
        email_runs_a_shop: "{{email}} از پیش به یک فروشگاه وارد می‌شود؛ هر ایمیل فقط یک فروشگاه.",
        producer_on_vacation:
          "{{producer}} در مرخصی است؛ {{product}} از {{back_on}} دوباره قابل خرید است.",
        producer_away:
          "{{producer}} فعلاً در مرخصی است؛ {{product}} پس از بازگشت او دوباره قابل خرید است.",
        product_unavailable: "{{product}} دیگر فروخته نمی‌شود.",
        application_not_awaiting_changes:
          "درخواست شما منتظر تغییر نیست؛ چیزی برای ارسال دوباره وجود ندارد. وضعیت آن را در همین صفحه ببینید.",
        photo_not_an_image:
          "{{name}} عکس JPEG، PNG یا WebP نیست. لطفاً عکسی در یکی از این قالب‌ها انتخاب کنید.",
        photo_too_large:
          "هر عکس حداکثر {{max_mb}} مگابایت می‌تواند باشد. لطفاً عکس کوچک‌تری انتخاب کنید.",
        photo_unreadable:
          "{{name}} تا آخر خوانده نشد؛ شاید خراب یا ناقص باشد. لطفاً دوباره بفرستید.",
        payout_holder_missing:
          "همراه با IBAN، نام صاحب حساب را همان‌طور که بانک شما نوشته است بنویسید.",
        payout_nothing_payable:
          "تا پایان این دوره چیزی برای پرداخت نیست: هیچ تولیدکننده‌ای با IBAN درآمد آماده و پرداخت‌نشده ندارد.",
        shop_not_opened:
          "تعاونی هنوز فروشگاه شما را باز نکرده است: می‌توانید نگاه کنید و پس از باز شدن آن را تغییر دهید.",
        shop_suspended:
          "فروشگاه شما از سوی تعاونی معلق شده است: می‌توانید آن را ببینید، اما تا بازگشایی نمی‌توانید تغییرش دهید.",
        producer_order_not_ready:
          "سفارش #{{display_id}} برای این مرحله آماده نیست؛ شاید وضعیتش در این میان تغییر کرده باشد. صفحه را تازه کنید و وضعیت آن را ببینید.",
        photo_not_found:
          "این عکس در میان عکس‌هایی که بارگذاری کرده‌اید پیدا نشد. لطفاً دوباره بارگذاری کنید.",
        cart_item_sold_out:
          "{{product}} تمام شد؛ سفارش شما ثبت نشد. می‌توانید آن را از سبد بردارید و با بقیهٔ کالاها ادامه دهید.",
        cart_item_being_bought:
          "آخرین موجودی {{product}} همین حالا در حال خرید توسط خریداران دیگر است. سفارش شما ثبت نشد؛ یک دقیقهٔ دیگر دوباره امتحان کنید.",
        cart_prices_changed:
          "از زمانی که پرداخت را آغاز کردید قیمت‌ها تغییر کرده است: جمع کل اکنون {{new_total}} است، نه {{old_total}}. سفارش خود را بررسی کنید و دوباره تأیید کنید.",
        too_many_sign_ins:
          "تلاش‌های ناموفق زیادی برای ورود انجام شد. {{minutes}} دقیقهٔ دیگر دوباره امتحان کنید.",
        too_many_order_lookups:
          "جست‌وجوی سفارش بیش از حد انجام شد. {{minutes}} دقیقهٔ دیگر دوباره امتحان کنید.",
        too_many_password_resets:
          "پیوند بازنشانی رمز عبور در زمان کوتاهی بارها درخواست شد. صندوق ورودی و پوشهٔ هرزنامه را ببینید یا {{minutes}} دقیقهٔ دیگر دوباره درخواست کنید.",
        too_many_registrations:
          "از این اتصال در زمان کوتاهی حساب‌های زیادی باز شد. {{minutes}} دقیقهٔ دیگر دوباره امتحان کنید.",
        return_option_unknown:
          "این روش بازگرداندن پیدا نشد. لطفاً یکی از روش‌های فهرست را انتخاب کنید.",
        registration_refused:
          "با این ایمیل و رمز عبور حسابی باز نشد. اگر پیش‌تر حساب باز کرده‌اید، وارد شوید.",
        email_has_login: "با این ایمیل از پیش می‌توان وارد شد؛ با همان رمز عبور وارد شوید.",
        customer_email_not_login: "حساب با همان ایمیلی باز می‌شود که با آن وارد شده‌اید.",
        stripe_not_configured: "پرداخت با کارت (Stripe) در این فروشگاه راه‌اندازی نشده است.",
        staff_role_refused: "این کار را فقط یکی از مدیران تعاونی می‌تواند انجام دهد.",
        last_administrator: "تعاونی دست‌کم به یک مدیر نیاز دارد؛ اول کس دیگری را مدیر کنید.",
        fulfil_in_producer_flow:
          "هر بخش سفارش را تولیدکنندهٔ خودش در فروشگاهش آماده، ارسال و تحویل‌شده ثبت می‌کند؛ ارسال از اینجا انجام نمی‌شود.",
        offline_payment_needs_receipt:
          "این سفارش با پرداخت در محل یا حوالهٔ بانکی پرداخت می‌شود: پول دریافتی (مبلغ، روز و شناسه) را در کنسول تعاونی زیر «در انتظار پرداخت» ثبت کنید؛ وقتی مبلغ بخواند، سفارش پرداخت‌شده می‌شود.",
        stripe_webhook_unsigned: "این اعلان با کلید امضای Stripe این فروشگاه امضا نشده است.",
        application_decided_meanwhile:
          "وضعیت این درخواست در این میان تغییر کرده و این کار دیگر ممکن نیست. صفحه را تازه کنید و وضعیت کنونی را ببینید.",
        commission_rule_in_force:
          "این قانون در حال اجراست و شاید نرخ سفارش‌های پس از آن را تعیین کرده باشد؛ نمی‌توان آن را حذف کرد. به‌جایش قانونی تازه از روزی دیرتر بیفزایید.",
        commission_rule_in_past:
          "قانون کارمزد نمی‌تواند از گذشته شروع شود؛ امروز ({{today}}) یا روزی پس از آن را انتخاب کنید.",
        payment_already_captured:
          "این پرداخت پیش‌تر دریافت شده است: سفارش پرداخت شده و چیز دیگری بدهکار نیست.",
        payment_canceled: "این پرداخت لغو شده است: برای آن پولی بدهکار نیست.",
        payment_not_offline:
          "این پرداخت را درگاهش دریافت می‌کند؛ فقط حوالهٔ بانکی و پرداخت در محل دستی ثبت می‌شوند.",
        payment_without_order: "این پرداخت به هیچ سفارشی وابسته نیست؛ چیزی برای تطبیق با آن نیست.",
        payout_batch_not_confirmed:
          "دستهٔ پرداخت {{reference}} تأیید نشده است؛ فقط دسته‌ای تأییدشده را می‌توان پرداخت‌شده یا لغوشده علامت زد. صفحه را تازه کنید و وضعیتش را ببینید.",
        producer_status_refused:
          "این کار با وضعیت کنونی {{producer}} جور نیست؛ شاید وضعیتش در این میان تغییر کرده باشد. صفحه را تازه کنید و وضعیت کنونی را ببینید.",
        product_not_awaiting_review:
          "{{product}} در انتظار بررسی نیست؛ شاید در این میان درباره‌اش تصمیم گرفته شده باشد. صفحه را تازه کنید.",
        payout_period_in_future:
          "روز پایان دوره نمی‌تواند بعد از امروز باشد: فقط درآمدهای قابل پرداخت پرداخت می‌شوند.",
        receipt_day_in_future: "روز رسیدن پول نمی‌تواند در آینده باشد.",
      } satisfies Record<ErrorCode, string>,
    },
    status: {
      pending: "در انتظار تأیید",
      active: "فعال",
      suspended: "معلق",
    },
  },
  en: {
    appName: "Imece",
    language: "Language",
    languages: { tr: "Türkçe", fa: "فارسی", en: "English" },
    loading: "Loading…",
    retry: "Try again",
    error: "Something went wrong.",
    empty: "Nothing here yet.",
    producer: "Producer",
    producers: "Producers",
    products: "Products",
    city: "City",
    craft: "Craft",
    errors: {
      status: {
        invalid: "What was sent was not accepted. Please check it and try again.",
        unauthorized: "Your session has ended. Please log in again.",
        forbidden: "You are not allowed to do this.",
        not_found: "What you are looking for was not found.",
        conflict: "This could not be done now; the page is out of date. Reload it and try again.",
        too_many: "Too many tries in a short time. Please try again a little later.",
        server: "Something went wrong on the server. Please try again a little later.",
        network: "Could not connect. Check your internet connection and try again.",
      },
      codes: {
        application_already_open:
          "An application with this e-mail or phone number is already being reviewed. You can check its status with your e-mail and reference code.",
        email_runs_a_shop: "{{email}} already logs in to a shop; one e-mail can run one shop.",
        producer_on_vacation:
          "{{producer}} is on vacation: {{product}} can be bought again from {{back_on}}.",
        producer_away:
          "{{producer}} is on vacation for now: {{product}} can be bought again when she is back.",
        product_unavailable: "{{product}} is no longer on sale.",
        application_not_awaiting_changes:
          "Your application is not waiting for changes, so there is nothing to send again. You can see its status on this page.",
        photo_not_an_image:
          "{{name}} is not a JPEG, PNG or WebP photo. Please choose a photo in one of these formats.",
        photo_too_large: "A photo may be at most {{max_mb}} MB. Please choose a smaller one.",
        photo_unreadable:
          "{{name}} could not be read to the end: it may be damaged or cut off. Please send it again.",
        payout_holder_missing:
          "Write the account holder's name as your bank has it, together with your IBAN.",
        payout_nothing_payable:
          "Nothing is payable up to the end of this period: no producer with an IBAN has earnings that are available and not yet paid.",
        shop_not_opened:
          "The cooperative has not opened your shop yet: you can look around, and change it once it is opened.",
        shop_suspended:
          "Your shop is suspended by the cooperative: you can see it, but not change it until it is reopened.",
        producer_order_not_ready:
          "Order #{{display_id}} is not ready for this step; its status may have changed meanwhile. Reload the page and check where it is.",
        photo_not_found: "This photo is not among the ones you uploaded. Please upload it again.",
        cart_item_sold_out:
          "{{product}} is sold out, so your order was not placed. You can remove it from your cart and go on with the rest.",
        cart_item_being_bought:
          "The last pieces of {{product}} are in other shoppers' checkouts right now. Your order was not placed; please try again in a minute.",
        cart_prices_changed:
          "Prices changed since you started checkout: the total is now {{new_total}} instead of {{old_total}}. Please check your order and confirm it again.",
        too_many_sign_ins: "Too many failed sign-ins. Please try again in {{minutes}} min.",
        too_many_order_lookups: "Too many order searches. Please try again in {{minutes}} min.",
        too_many_password_resets:
          "A password reset link was asked for too often. Look in your inbox and spam folder, or ask again in {{minutes}} min.",
        too_many_registrations:
          "Too many accounts were opened from this connection. Please try again in {{minutes}} min.",
        return_option_unknown: "This return method was not found. Please choose one from the list.",
        registration_refused:
          "No account could be opened with this e-mail and password. If you have opened one before, log in instead.",
        email_has_login: "This e-mail already logs in here; log in with the same password.",
        customer_email_not_login: "An account is opened with the e-mail you log in with.",
        stripe_not_configured: "Card payments (Stripe) are not set up in this shop.",
        staff_role_refused: "Only an administrator of the cooperative can do this.",
        last_administrator:
          "The cooperative needs at least one administrator; make someone else an administrator first.",
        fulfil_in_producer_flow:
          "Each producer prepares, ships and marks delivered her own part of this order in her shop; shipments are not made here.",
        offline_payment_needs_receipt:
          "This order is paid by cash on delivery or bank transfer: record the money received (amount, day and reference) under “Awaiting payment” in the cooperative's console, and the order is marked paid when it matches.",
        stripe_webhook_unsigned:
          "This notice is not signed with this shop's Stripe signing secret.",
        application_decided_meanwhile:
          "This application's status changed meanwhile, so this step can no longer be taken. Reload the page to see where it stands.",
        commission_rule_in_force:
          "This rule is in force and may have set the rate of orders placed since; it cannot be removed. Add a new rule from a later day instead.",
        commission_rule_in_past:
          "A commission rule cannot start in the past; choose today ({{today}}) or a later day.",
        payment_already_captured:
          "This payment is already captured: the order is paid and nothing more is due.",
        payment_canceled: "This payment was canceled: no money is due for it.",
        payment_not_offline:
          "This payment is taken by its provider; only bank transfers and cash on delivery are recorded by hand.",
        payment_without_order:
          "This payment belongs to no order, so there is nothing to reconcile it with.",
        payout_batch_not_confirmed:
          "Payout batch {{reference}} is not confirmed; only a confirmed batch can be marked paid or canceled. Reload the page to see where it stands.",
        producer_status_refused:
          "This step does not fit {{producer}}'s present status; it may have changed meanwhile. Reload the page to see where she stands.",
        product_not_awaiting_review:
          "{{product}} is not waiting for review; it may have been decided meanwhile. Reload the page.",
        payout_period_in_future:
          "The period cannot end after today: only earnings already available can be paid.",
        receipt_day_in_future: "The day the money arrived cannot be in the future.",
      } satisfies Record<ErrorCode, string>,
    },
    status: {
      pending: "Awaiting approval",
      active: "Active",
      suspended: "Suspended",
    },
  },
} satisfies Record<Locale, unknown>
