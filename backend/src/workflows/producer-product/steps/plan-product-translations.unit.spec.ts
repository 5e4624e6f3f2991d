import { planProductTranslations } from "./plan-product-translations"

describe("planProductTranslations", () => {
  it("creates new languages, updates kept ones and removes those left out or emptied", () => {
    const plan = planProductTranslations(
      "prod_1",
      {
        fa: { title: " گوشواره ", description: "" },
        en: { title: "Earrings" },
        tr: { title: "  ", description: null },
      },
      [
        { id: "trans_en", locale_code: "en-GB" },
        { id: "trans_tr", locale_code: "tr-TR" },
        { id: "trans_old", locale_code: "de-DE" },
      ]
    )
    expect(plan.create).toEqual([
      {
        reference_id: "prod_1",
        reference: "product",
        locale_code: "fa-IR",
        translations: { title: "گوشواره", description: "" },
      },
    ])
    expect(plan.update).toEqual([
      { id: "trans_en", translations: { title: "Earrings", description: "" } },
    ])
    expect(plan.delete.sort()).toEqual(["trans_old", "trans_tr"])
  })
})
