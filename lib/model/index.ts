export * from "./enums";
export * from "./common";
export * from "./source";
export * from "./location";
export * from "./figure";
export * from "./derived-figure";
export * from "./event";
export * from "./revision";
