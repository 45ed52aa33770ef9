// The keywords AWS End User Messaging SMS treats specially by default. AWS itself answers them
// (HELP/STOP auto-replies) and keeps the account's opt-out list, and SendTextMessage refuses an
// opted-out number (a permanent failure here), so Notify only needs to recognise them.

const OPT_OUT = new Set(["ARRET", "CANCEL", "END", "OPT-OUT", "OPTOUT", "QUIT", "REMOVE", "STOP", "STOPALL", "TD", "UNSUBSCRIBE"]);
const OPT_IN = new Set(["START", "UNSTOP", "YES"]);
const HELP = new Set(["HELP", "INFO"]);

export type InboundKeyword = "opt-out" | "opt-in" | "help" | null;

function classifyWord(value: string): InboundKeyword {
  const word = value.trim().toUpperCase().replace(/[.!]+$/, "");
  if (OPT_OUT.has(word)) return "opt-out";
  if (OPT_IN.has(word)) return "opt-in";
  if (HELP.has(word)) return "help";
  return null;
}

/**
 * Classifies a message by AWS's matched keyword, else by the body when it is just the keyword.
 * (For ordinary messages AWS sends a placeholder keyword like KEYWORD_123456789012.)
 */
export function classifyInboundKeyword(keyword: string | undefined, body: string): InboundKeyword {
  return (keyword ? classifyWord(keyword) : null) ?? classifyWord(body);
}
