/**
 * Monthly aggregation and past-only pattern features of one user's
 * categorized history. See signals.ts for the feature list and what each
 * feature means (FEATURE_DOCS).
 */
export { aggregateMonths, spendRecord, isSpend, isIncome, SPEND_CATEGORIES, spendIndex } from './aggregate';
export type { Aggregation, MonthAggregate } from './aggregate';
export { computeFeatures, FEATURE_NAMES, FEATURE_DOCS } from './signals';
export type { Evidence, FeatureEvidence, FeatureName, FeatureOptions, FeatureSet, MonthFeatures } from './signals';
export { channelOf, payeeKey } from './channel';
export type { Channel } from './channel';
