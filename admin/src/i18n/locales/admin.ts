import type { Locale } from "@imece/i18n"

/** The admin's own words. Turkish is the reference; the other languages must have every key. */
const tr = {
  shell: {
    navigation: "Ana menü",
    logout: "Çıkış yap",
    sessionFailed: "Oturum bilgileri alınamadı.",
  },
  login: {
    title: "Kooperatif paneli",
    hint: "Personel hesabınızla giriş yapın.",
    email: "E-posta",
    password: "Parola",
    submit: "Giriş yap",
    invalidCredentials: "E-posta ya da parola yanlış.",
    failed: "Giriş yapılamadı. Bağlantınızı kontrol edip yeniden deneyin.",
    extraStepRequired:
      "Bu hesap ek bir doğrulama adımı istiyor; bu panel bunu henüz desteklemiyor.",
  },
  producers: {
    subtitle: "Pazaryerinde satış yapan ve onay bekleyen üreticiler.",
    total: "Toplam üretici",
    search: "Ara",
    statusFilter: "Durum",
    allStatuses: "Tüm durumlar",
    noMatches: "Bu aramaya uyan üretici yok.",
    loadFailed: "Üreticiler yüklenemedi.",
    columns: {
      avatar: "Fotoğraf",
      name: "Ad",
      handle: "Kullanıcı adı",
      status: "Durum",
      createdAt: "Katılma tarihi",
    },
  },
  pagination: {
    label: "Sayfalar",
    range: "{{total}} kayıttan {{from}}–{{to}}",
    previous: "Önceki",
    next: "Sonraki",
  },
}

/** Same keys as Turkish, any text. */
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> }
export type AdminTranslations = Translations<typeof tr>

const fa: AdminTranslations = {
  shell: {
    navigation: "منوی اصلی",
    logout: "خروج",
    sessionFailed: "اطلاعات ورود دریافت نشد.",
  },
  login: {
    title: "پنل تعاونی",
    hint: "با حساب کارکنان وارد شوید.",
    email: "ایمیل",
    password: "رمز عبور",
    submit: "ورود",
    invalidCredentials: "ایمیل یا رمز عبور نادرست است.",
    failed: "ورود انجام نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید.",
    extraStepRequired:
      "این حساب به یک مرحلهٔ تأیید دیگر نیاز دارد که این پنل هنوز از آن پشتیبانی نمی‌کند.",
  },
  producers: {
    subtitle: "تولیدکنندگانی که در بازار می‌فروشند یا در انتظار تأییدند.",
    total: "مجموع تولیدکنندگان",
    search: "جستجو",
    statusFilter: "وضعیت",
    allStatuses: "همهٔ وضعیت‌ها",
    noMatches: "هیچ تولیدکننده‌ای با این جستجو پیدا نشد.",
    loadFailed: "فهرست تولیدکنندگان بارگذاری نشد.",
    columns: {
      avatar: "تصویر",
      name: "نام",
      handle: "شناسه",
      status: "وضعیت",
      createdAt: "تاریخ پیوستن",
    },
  },
  pagination: {
    label: "صفحه‌ها",
    range: "{{from}}–{{to}} از {{total}}",
    previous: "قبلی",
    next: "بعدی",
  },
}

const en: AdminTranslations = {
  shell: {
    navigation: "Main menu",
    logout: "Log out",
    sessionFailed: "Could not load your session.",
  },
  login: {
    title: "Cooperative console",
    hint: "Sign in with your staff account.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    invalidCredentials: "Wrong email or password.",
    failed: "Could not sign in. Check your connection and try again.",
    extraStepRequired:
      "This account needs an extra verification step that this console does not support yet.",
  },
  producers: {
    subtitle: "Producers selling on the marketplace or waiting for approval.",
    total: "Total producers",
    search: "Search",
    statusFilter: "Status",
    allStatuses: "All statuses",
    noMatches: "No producers match this search.",
    loadFailed: "Could not load the producers.",
    columns: {
      avatar: "Photo",
      name: "Name",
      handle: "Handle",
      status: "Status",
      createdAt: "Joined",
    },
  },
  pagination: {
    label: "Pages",
    range: "{{from}}–{{to}} of {{total}}",
    previous: "Previous",
    next: "Next",
  },
}

export const admin: Record<Locale, AdminTranslations> = { tr, fa, en }
