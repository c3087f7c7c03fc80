/**
 * Synthetic Australian households for the demo and for evaluating the
 * anomaly detector: seeded, pure, with month labels.
 */
export { generateHousehold, priceCents, HISTORY_MONTHS, SPIKE_CATEGORIES, SPIKE_MIN_BASE_CENTS } from './generate';
export { makeProfile } from './profile';
export { planAnomalies, type AnomalyPlan } from './anomalies';
export { toBankCsv, bankCsvHeader, fixed2, signedPlus, trimmed, type BankCsvOptions } from './csv';
export {
  renderNarrative,
  bankCategoryHint,
  bankHasBalance,
  bankHasAccount,
  accountLabel,
  nabTransactionType,
  nabCategory,
  westpacCode,
  macquarieCategory,
  macquarieDetails,
  upCategory,
  upTransactionType,
  upPaymentMethod,
  payeeRaw,
  SAVINGS_NAME,
  FOREIGN_FEE_BPS,
  type RowFacts,
} from './narratives';
export * as merchants from './merchants';
export { CITIES, DESTINATIONS, cityInfo, cbaStateOf, type CityInfo, type Destination } from './geo';
export {
  ANOMALY_KINDS,
  type AnomalyKind,
  type Channel,
  type CityName,
  type Earner,
  type FeeKind,
  type GenerateOptions,
  type GeneratedHousehold,
  type HouseholdProfile,
  type Housing,
  type LifestyleChange,
  type MonthLabel,
  type NarrativeSpec,
  type PayFrequency,
  type QuarterlyBill,
  type StateCode,
  type Subscription,
  type SynthTransaction,
} from './types';
