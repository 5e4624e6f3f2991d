import { describe, expect, it } from "vitest"
import { EMPTY_DRAFT, STEPS, toApplicationBody, validateStep } from "./application-draft"

const filled = {
  ...EMPTY_DRAFT,
  full_name: "Ayşe Yılmaz",
  phone: "+90 532 123 45 67",
  email: "ayse@example.com",
  city: "Ankara",
  craft: "İğne oyası",
  story: "İğne oyasını KEÇMEK kursunda öğrendim.",
  consent: true,
}

describe("validateStep", () => {
  it("asks for every required answer of the step, and not for optional ones", () => {
    expect(validateStep(STEPS[0], EMPTY_DRAFT)).toEqual({
      full_name: "required",
      phone: "required",
      email: "required",
    })
    expect(validateStep(STEPS[1], { ...EMPTY_DRAFT, city: "Ankara" })).toEqual({})
  })

  it("checks the email, the phone, the story's length and the consent", () => {
    expect(validateStep(STEPS[0], { ...filled, email: "ayse-at-example", phone: "12" })).toEqual({
      email: "invalidEmail",
      phone: "invalidPhone",
    })
    expect(validateStep(STEPS[2], { ...filled, story: "Oya" })).toEqual({ story: "storyTooShort" })
    expect(validateStep(STEPS[3], filled)).toEqual({})
    expect(validateStep(STEPS[4], { ...filled, consent: false })).toEqual({
      consent: "consentRequired",
    })
    for (const step of STEPS) {
      expect(validateStep(step, filled)).toEqual({})
    }
  })
})

describe("toApplicationBody", () => {
  it("trims the answers, leaves out empty optional ones and records her language and photos", () => {
    const photos = [{ id: "file_1", url: "http://api.test/static/1.jpg" }]
    expect(toApplicationBody({ ...filled, full_name: "  Ayşe Yılmaz ", photos }, "fa")).toEqual({
      full_name: "Ayşe Yılmaz",
      phone: "+90 532 123 45 67",
      email: "ayse@example.com",
      city: "Ankara",
      district: null,
      craft: "İğne oyası",
      story: "İğne oyasını KEÇMEK kursunda öğrendim.",
      course: null,
      photo_ids: ["file_1"],
      locale: "fa",
      consent: true,
    })
  })
})
