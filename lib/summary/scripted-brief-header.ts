/** The header by which the script-free brief asks for the page itself (the proxy then does not send it back to it). */
export const SCRIPTED_BRIEF_HEADER = "x-sitrep-scripted-brief";
