"use client";
// The SMS template counter: characters and parts as the message will be sent (service-name prefix
// included), how far over the 918 limit it is, and which characters force Unicode. Computed in the
// browser with the same content engine the server uses; the server renders the same text, so it
// also shows after a submit without JavaScript. Screen readers hear it after typing pauses.
import { useEffect, useState } from "react";
import { countTemplateSms, describeSmsLength, describeUnicodeCharacters } from "@/lib/domain/templates/template-rules";

export function SmsCounter({ content, prefix, id }: { content: string; prefix: string | null; id: string }) {
  const count = countTemplateSms(content, prefix);
  const length = describeSmsLength(count);
  const unicode = describeUnicodeCharacters(count);
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(unicode ? `${length}. ${unicode}` : length), 1000);
    return () => clearTimeout(timer);
  }, [length, unicode]);
  return (
    <div id={id} className="margin-top-1" data-testid="sms-counter">
      <p className={count.isTooLong ? "text-secondary-dark text-bold margin-y-05" : "usa-hint margin-y-05"}>{length}</p>
      {unicode ? <p className="usa-hint margin-y-05">{unicode}</p> : null}
      {prefix ? <p className="usa-hint margin-y-05">Includes your service name at the start (“{prefix}: ”).</p> : null}
      <p className="usa-sr-only" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
