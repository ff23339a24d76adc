export * from "./derive-processing-activity";
