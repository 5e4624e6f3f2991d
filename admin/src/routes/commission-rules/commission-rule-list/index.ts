export { CommissionRuleList as Component } from "./commission-rule-list"
