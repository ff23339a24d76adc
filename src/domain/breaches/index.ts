export * from "./breach-clock";
