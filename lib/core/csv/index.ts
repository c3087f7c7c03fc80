/**
 * Bank CSV parsing: bytes in, `ParseResult` out. See parse.ts for the
 * contract and ../../../../shared/docs/bank-formats.md for the formats.
 */
export { parseBankCsv, openBankCsv, previewRows, DEFAULT_MAX_ROWS, MAX_ROW_ERRORS } from './parse';
export type { ParseOptions, PreviewResult, RowStream, OpenedCsv } from './parse';
export { headerKey, normalizeHeaderCell, MERCHANT_FROM_NARRATIVE } from './layouts';
export type { ColumnMapping } from './layouts';
export { parseAmountToCents } from './amount';
export { parseDate, parseDateParts, toIsoDate, decideDateOrder } from './date';
export type { DateOrder, DateParts, DateOrderDecision } from './date';
export { cleanMerchant } from './merchant';
export { decodeBytes } from './decode';
