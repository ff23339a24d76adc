/**
 * What other features' client components may use from tags: components and server actions.
 * Nothing here may import server-only code.
 */
export { BulkSelection, RowCheckbox, SelectAllCheckbox } from "./components/bulk-selection";
export { BulkBar } from "./components/bulk-bar";
export { ContactTagEditor } from "./components/contact-tag-editor";
export { TagAdminRow } from "./components/tag-admin-row";
