/** Answers a real applicant might give; tests change what they need. */
export function applicationAnswers(overrides: Record<string, unknown> = {}) {
  return {
    full_name: "Ayşe Yılmaz",
    email: "ayse@example.com",
    phone: "+90 532 123 45 67",
    city: "Ankara",
    district: "Keçiören",
    craft: "İğne oyası",
    story: "İğne oyasını KEÇMEK kursunda öğrendim ve evde yazma kenarları işliyorum.",
    course: "KEÇMEK 2021-0457",
    locale: "tr",
    consent: true,
    ...overrides,
  }
}
