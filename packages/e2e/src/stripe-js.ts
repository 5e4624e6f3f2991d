import type { Page } from "playwright-core"

/** Stripe's test card numbers and the payment methods Stripe's test mode turns them into. */
export const TEST_CARD_NUMBERS = {
  visa: "4242 4242 4242 4242",
  declined: "4000 0000 0000 0002",
} as const

/**
 * Stands in for Stripe.js (js.stripe.com), which the browser cannot fetch here: the few calls
 * `@stripe/react-stripe-js` makes (`elements`, `create("payment")`, `mount`, `on`) and
 * `confirmPayment`, which confirms the intent at api.stripe.com as Stripe.js does. The Payment
 * Element is one field for the card number; the declined test card declines.
 */
const STRIPE_JS = `
(() => {
  const DECLINED = ${JSON.stringify(TEST_CARD_NUMBERS.declined.replace(/ /g, ""))};
  window.Stripe = function Stripe() {
    let clientSecret = "";
    let cardInput = null;
    const noop = () => {};
    return {
      elements(options) {
        clientSecret = options.clientSecret;
        return {
          create() {
            const handlers = {};
            return {
              mount(target) {
                const node = typeof target === "string" ? document.querySelector(target) : target;
                cardInput = document.createElement("input");
                cardInput.setAttribute("data-testid", "stand-in-card-number");
                cardInput.setAttribute("inputmode", "numeric");
                node.appendChild(cardInput);
                setTimeout(() => handlers.ready && handlers.ready({ elementType: "payment" }));
              },
              on(event, handler) { handlers[event] = handler; },
              off(event) { delete handlers[event]; },
              update: noop, destroy: noop, unmount: noop, focus: noop, blur: noop, clear: noop, collapse: noop,
            };
          },
          update: noop,
          getElement: () => null,
          submit: async () => ({}),
          fetchUpdates: async () => ({}),
        };
      },
      async confirmPayment() {
        const number = (cardInput ? cardInput.value : "").replace(/\\s/g, "");
        const paymentMethod = number === DECLINED ? "pm_card_chargeDeclined" : "pm_card_visa";
        const intentId = clientSecret.split("_secret_")[0];
        const response = await fetch("https://api.stripe.com/v1/payment_intents/" + intentId + "/confirm", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ payment_method: paymentMethod, client_secret: clientSecret }),
        });
        const answer = await response.json();
        return response.ok ? { paymentIntent: answer } : { error: answer.error };
      },
      createToken: noop,
      createPaymentMethod: noop,
      confirmCardPayment: noop,
      registerAppInfo: noop,
      _registerWrapper: noop,
    };
  };
})();
`

/**
 * Serves the Stripe.js stand-in to the page, and sends what it posts to api.stripe.com to the
 * local stand-in of Stripe's API the backend uses, so the shopper and the backend see one intent.
 */
export async function routeStripe(page: Page, stripeApiUrl: string) {
  await page.route("https://js.stripe.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: STRIPE_JS })
  )
  await page.route("https://api.stripe.com/**", async (route) => {
    const { pathname } = new URL(route.request().url())
    const response = await route.fetch({ url: `${stripeApiUrl}${pathname}` })
    await route.fulfill({
      response,
      headers: { ...response.headers(), "access-control-allow-origin": "*" },
    })
  })
}
