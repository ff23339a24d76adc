export * from "./classify-returned-mail";
