export * from "./select-for-erasure";
