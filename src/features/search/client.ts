/**
 * What the application shell may use from search: the search box (a client component) and its
 * server action. Nothing here may import server-only code.
 */
export { GlobalSearch } from "./components/global-search";
