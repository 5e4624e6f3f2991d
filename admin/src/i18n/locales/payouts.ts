import type { Locale } from "@imece/i18n"

/** The words of the payouts page (`/payouts`): producers' earnings sent in batches. */
const tr = {
  nav: "Üretici ödemeleri",
  title: "Üretici ödemeleri",
  subtitle:
    "Bir dönem seçin, kime ne ödeneceğini görün, partiyi onaylayın; bankaya CSV dosyasını verin, gönderilince ödendi olarak işaretleyin.",
  period: {
    title: "Dönem",
    start: "İlk gün",
    end: "Son gün",
    hint: "Son güne kadar ödenebilir olan ve henüz ödenmemiş tüm kazançlar, daha eskiler de, bu partiye girer.",
    startAfterEnd: "İlk gün, son günden sonra olamaz.",
  },
  proposal: {
    title: "{{start}} – {{end}} için öneri",
    loadFailed: "Öneri yüklenemedi.",
    empty: "Bu dönem için ödenecek kazanç yok.",
    producer: "Üretici",
    iban: "IBAN",
    amount: "Tutar",
    total: "Toplam",
    count: "{{producers}} üretici",
    withoutIban: "IBAN bekleyenler",
    withoutIbanHint:
      "Bu üreticiler IBAN eklemediği için kazançları bekliyor; dükkân bilgilerine IBAN eklediklerinde sonraki partiye girerler.",
    confirm: "Partiyi onayla",
    readOnly: "Partiyi yalnızca kooperatifin yöneticileri onaylayabilir.",
    confirmTitle: "{{start}} – {{end}} partisi onaylansın mı?",
    confirmText:
      "{{producers}} üreticiye toplam {{total}} ödenecek. Bu kazançlar partiye ayrılır; ardından bankaya vermek için CSV dosyasını indirin.",
    confirmed: "{{reference}} partisi onaylandı.",
  },
  batches: {
    title: "Partiler",
    empty: "Henüz parti yok.",
    loadFailed: "Partiler yüklenemedi.",
    columns: {
      reference: "Parti",
      period: "Dönem",
      status: "Durum",
      total: "Toplam",
      producers: "Üretici",
      actions: "İşlemler",
    },
    periodRange: "{{start}} – {{end}}",
    status: {
      confirmed: "Onaylandı, ödenecek",
      paid: "Ödendi",
      canceled: "İptal edildi",
    },
    download: "CSV indir",
    downloadFailed: "CSV indirilemedi: {{message}}",
    markPaid: "Ödendi olarak işaretle",
    markPaidTitle: "{{reference}} ödendi olarak işaretlensin mi?",
    markPaidText:
      "Bunu banka tüm havaleleri gönderdikten sonra yapın: {{producers}} üreticiye toplam {{total}}. Her ödeme, üreticinin kazanç sayfasında gönderildi olarak görünür.",
    markedPaid: "{{reference}} ödendi olarak işaretlendi.",
    cancel: "Partiyi iptal et",
    cancelTitle: "{{reference}} iptal edilsin mi?",
    cancelText:
      "Parti gönderilmez; kazançları geri döner ve bir sonraki partiyi bekler. Bankaya verdiyseniz önce havaleleri durdurun.",
    canceled: "{{reference}} iptal edildi.",
    back: "Vazgeç",
  },
}

/** Same keys as Turkish, any text. */
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> }
export type PayoutTranslations = Translations<typeof tr>

const fa: PayoutTranslations = {
  nav: "پرداخت به تولیدکنندگان",
  title: "پرداخت به تولیدکنندگان",
  subtitle:
    "یک دوره را انتخاب کنید، ببینید به چه کسی چه مبلغی پرداخت می‌شود و دسته را تأیید کنید؛ فایل CSV را به بانک بدهید و پس از واریز، آن را پرداخت‌شده علامت بزنید.",
  period: {
    title: "دوره",
    start: "روز نخست",
    end: "روز پایانی",
    hint: "همهٔ درآمدهایی که تا روز پایانی قابل پرداخت شده‌اند و هنوز پرداخت نشده‌اند، حتی قدیمی‌ترها، در این دسته می‌آیند.",
    startAfterEnd: "روز نخست نمی‌تواند بعد از روز پایانی باشد.",
  },
  proposal: {
    title: "پیشنهاد برای {{start}} تا {{end}}",
    loadFailed: "پیشنهاد بارگذاری نشد.",
    empty: "برای این دوره درآمدی برای پرداخت نیست.",
    producer: "تولیدکننده",
    iban: "IBAN",
    amount: "مبلغ",
    total: "جمع",
    count: "{{producers}} تولیدکننده",
    withoutIban: "در انتظار IBAN",
    withoutIbanHint:
      "درآمد این تولیدکنندگان منتظر می‌ماند، چون هنوز IBAN نداده‌اند؛ وقتی IBAN را در اطلاعات فروشگاه بنویسند، در دستهٔ بعدی می‌آیند.",
    confirm: "تأیید دسته",
    readOnly: "تنها مدیران تعاونی می‌توانند دسته را تأیید کنند.",
    confirmTitle: "دستهٔ {{start}} تا {{end}} تأیید شود؟",
    confirmText:
      "به {{producers}} تولیدکننده در مجموع {{total}} پرداخت می‌شود. این درآمدها برای این دسته کنار گذاشته می‌شوند؛ سپس فایل CSV را برای بانک دانلود کنید.",
    confirmed: "دستهٔ {{reference}} تأیید شد.",
  },
  batches: {
    title: "دسته‌ها",
    empty: "هنوز دسته‌ای نیست.",
    loadFailed: "دسته‌ها بارگذاری نشدند.",
    columns: {
      reference: "دسته",
      period: "دوره",
      status: "وضعیت",
      total: "جمع",
      producers: "تولیدکننده",
      actions: "کارها",
    },
    periodRange: "{{start}} تا {{end}}",
    status: {
      confirmed: "تأیید شده، در انتظار پرداخت",
      paid: "پرداخت شد",
      canceled: "لغو شد",
    },
    download: "دانلود CSV",
    downloadFailed: "فایل CSV دانلود نشد: {{message}}",
    markPaid: "علامت‌گذاری به‌عنوان پرداخت‌شده",
    markPaidTitle: "{{reference}} پرداخت‌شده علامت زده شود؟",
    markPaidText:
      "این کار را پس از آنکه بانک همهٔ حواله‌ها را فرستاد انجام دهید: در مجموع {{total}} به {{producers}} تولیدکننده. هر پرداخت در صفحهٔ درآمد تولیدکننده فرستاده‌شده نشان داده می‌شود.",
    markedPaid: "{{reference}} پرداخت‌شده علامت زده شد.",
    cancel: "لغو دسته",
    cancelTitle: "{{reference}} لغو شود؟",
    cancelText:
      "دسته فرستاده نمی‌شود؛ درآمدهای آن برمی‌گردند و منتظر دستهٔ بعدی می‌مانند. اگر آن را به بانک داده‌اید، نخست حواله‌ها را متوقف کنید.",
    canceled: "{{reference}} لغو شد.",
    back: "انصراف",
  },
}

const en: PayoutTranslations = {
  nav: "Producer payouts",
  title: "Producer payouts",
  subtitle:
    "Pick a period, see who is paid what and confirm the batch; give the CSV file to the bank, then mark the batch paid once it is sent.",
  period: {
    title: "Period",
    start: "First day",
    end: "Last day",
    hint: "Every earning payable by the last day and not yet paid goes into this batch, older ones too.",
    startAfterEnd: "The first day must not be after the last day.",
  },
  proposal: {
    title: "Proposal for {{start}} – {{end}}",
    loadFailed: "Could not load the proposal.",
    empty: "Nothing to pay for this period.",
    producer: "Producer",
    iban: "IBAN",
    amount: "Amount",
    total: "Total",
    count: "{{producers}} producers",
    withoutIban: "Waiting for an IBAN",
    withoutIbanHint:
      "These producers' earnings wait because they have given no IBAN yet; once they add one to their shop details, they go into the next batch.",
    confirm: "Confirm batch",
    readOnly: "Only the cooperative's administrators can confirm a batch.",
    confirmTitle: "Confirm the batch for {{start}} – {{end}}?",
    confirmText:
      "{{producers}} producers will be paid {{total}} in all. Their earnings are set aside for this batch; then download the CSV file for the bank.",
    confirmed: "Batch {{reference}} confirmed.",
  },
  batches: {
    title: "Batches",
    empty: "No batches yet.",
    loadFailed: "Could not load the batches.",
    columns: {
      reference: "Batch",
      period: "Period",
      status: "Status",
      total: "Total",
      producers: "Producers",
      actions: "Actions",
    },
    periodRange: "{{start}} – {{end}}",
    status: {
      confirmed: "Confirmed, to be paid",
      paid: "Paid",
      canceled: "Canceled",
    },
    download: "Download CSV",
    downloadFailed: "Could not download the CSV: {{message}}",
    markPaid: "Mark as paid",
    markPaidTitle: "Mark {{reference}} as paid?",
    markPaidText:
      "Do this once the bank has sent every transfer: {{total}} in all to {{producers}} producers. Each payout then shows as sent on its producer's earnings page.",
    markedPaid: "{{reference}} marked as paid.",
    cancel: "Cancel batch",
    cancelTitle: "Cancel {{reference}}?",
    cancelText:
      "The batch will not be sent; its earnings go back and wait for the next batch. If you gave it to the bank, stop the transfers first.",
    canceled: "{{reference}} canceled.",
    back: "Go back",
  },
}

export const payouts: Record<Locale, PayoutTranslations> = { tr, fa, en }
