/**
 * The marketplace's error codes. The backend sends one with every refusal a person may see
 * (`{ type, code, message, params }`: the English message is for developers), and both front
 * ends show `common:errors.codes.<code>` in the reader's language, with `params` filled in.
 * A code added here needs its words in every language of `@imece/i18n`, or typecheck fails.
 */
export type ErrorCode =
  | "application_already_open"
  | "application_not_awaiting_changes"
  | "cart_prices_changed"
  | "customer_email_not_login"
  | "email_has_login"
  | "email_runs_a_shop"
  | "fulfil_in_producer_flow"
  | "last_administrator"
  | "offline_payment_needs_receipt"
  | "payout_holder_missing"
  | "payout_nothing_payable"
  | "photo_not_an_image"
  | "photo_not_found"
  | "photo_too_large"
  | "photo_unreadable"
  | "producer_away"
  | "producer_on_vacation"
  | "producer_order_not_ready"
  | "product_unavailable"
  | "registration_refused"
  | "return_option_unknown"
  | "shop_not_opened"
  | "shop_suspended"
  | "staff_role_refused"
  | "stripe_not_configured"
  | "stripe_webhook_unsigned"
  | "too_many_order_lookups"
  | "too_many_password_resets"
  | "too_many_registrations"
  | "too_many_sign_ins"
