export { IMPORT_FIELDS, CONSENT_FIELDS, headerKey, matchHeader, proposeMapping, type ImportField } from "./fields";
export {
  cleanText,
  normaliseConsentMethod,
  normaliseLegalBasis,
  normaliseLegalForm,
  normaliseSourceType,
  parseImportDate,
  splitFullName,
} from "./normalise-value";
export {
  validateImportRow,
  type ImportCells,
  type ImportRowDraft,
  type RowIssue,
  type RowResult,
} from "./validate-row";
export { detectDelimiter } from "./detect-delimiter";
