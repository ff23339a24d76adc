export * from "./agreement-status";
