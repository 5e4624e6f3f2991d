import { renderApplicantMail } from "./messages"

describe("applicant mails", () => {
  it("writes in her language and falls back to Turkish", () => {
    expect(renderApplicantMail("rejected", "en", { name: "Ayşe", message: "x" }).subject).toBe(
      "About your application"
    )
    const unknown = renderApplicantMail("rejected", "de", { name: "Ayşe", message: "x" })
    expect(unknown.text).toBe(
      renderApplicantMail("rejected", "tr", { name: "Ayşe", message: "x" }).text
    )
  })

  it("gives HTML with what people typed escaped, the link clickable and Persian right to left", () => {
    const mail = renderApplicantMail("changes_requested", "fa", {
      name: "<script>alert(1)</script>",
      message: 'Photos "please" & more',
    })
    expect(mail.html).toMatch(/^<div dir="rtl" lang="fa">/)
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).toContain("&lt;script&gt;")
    expect(mail.html).toContain("&quot;please&quot; &amp; more")

    const invitation = renderApplicantMail("invitation", "tr", {
      name: "Ayşe",
      link: "https://imece.example/sell/set-password?token=a&email=b",
    })
    expect(invitation.html).toContain(
      '<a href="https://imece.example/sell/set-password?token=a&amp;email=b">'
    )
    expect(invitation.html).toMatch(/^<div dir="ltr" lang="tr">/)
    expect(invitation.html.split("<br>").length).toBe(invitation.text.split("\n").length)
  })
})
