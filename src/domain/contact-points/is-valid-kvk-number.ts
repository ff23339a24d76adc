import { normaliseKvk } from "./normalise-kvk";

/** Whether the input is a well-formed KvK number (8 digits, spaces allowed). See normaliseKvk. */
export function isValidKvkNumber(raw: string | null | undefined): boolean {
  return normaliseKvk(raw) !== null;
}
