import type { Metadata } from "next";
import { DownloadFrame } from "../_components/download-frame";

export const metadata: Metadata = { title: "This file is not available", robots: { index: false, follow: false } };

// The one answer for a link that is wrong, a file that can't be found, an email address that isn't
// the one the file was sent to, and too many attempts: none of them says which it was.
export default function FileNotAvailablePage() {
  return (
    <DownloadFrame>
      <h1>This file is not available</h1>
      <p>We could not give you this file. This can happen when:</p>
      <ul className="usa-list">
        <li>the link is not complete – copy the whole link from the email you were sent</li>
        <li>the email address you entered is not the one the file was sent to</li>
        <li>you have tried too many times – wait an hour before you try again</li>
      </ul>
      <p>If you still cannot get the file, contact the organisation that sent it to you.</p>
    </DownloadFrame>
  );
}
