import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailTooLongMessage, renderEmail } from "./render-email";

const render = (content: string, values: Record<string, unknown> = {}, subject = "Subject") => renderEmail({ subject, content }, values);

describe("renderEmail formatting", () => {
  it("renders paragraphs, line breaks, headings, lists, inset text and rules", () => {
    const email = render("# Your permit\n## Next steps\nLine one\nline two\n\n* first\n- second\n• third\n\n1. one\n2. two\n\n^ Keep this safe\n\n---\n\nThanks");
    expect(email.html).toBe(
      [
        "<h2>Your permit</h2>",
        "<h3>Next steps</h3>",
        "<p>Line one<br>line two</p>",
        "<ul><li>first</li><li>second</li><li>third</li></ul>",
        "<ol><li>one</li><li>two</li></ol>",
        '<blockquote class="notify-inset">Keep this safe</blockquote>',
        "<hr>",
        "<p>Thanks</p>",
      ].join("\n"),
    );
    expect(email.text).toBe(
      "Your permit\n===========\n\nNext steps\n----------\n\nLine one\nline two\n\n• first\n• second\n• third\n\n1. one\n2. two\n\nKeep this safe\n\n" +
        "=-".repeat(33).slice(0, 65) +
        "\n\nThanks",
    );
  });

  it("links bare URLs and [text](url) links from the template", () => {
    const email = render("Apply at https://example.gov/apply. Or [read the guide](https://example.gov/guide).");
    expect(email.html).toBe(
      '<p>Apply at <a href="https://example.gov/apply">https://example.gov/apply</a>. Or <a href="https://example.gov/guide">read the guide</a>.</p>',
    );
    expect(email.text).toBe("Apply at https://example.gov/apply. Or read the guide: https://example.gov/guide.");
  });

  it("fills a value into a template's own link", () => {
    const email = render("Pay here: https://pay.example.gov/((ref))", { ref: "AB 12" });
    expect(email.html).toContain('<a href="https://pay.example.gov/AB%2012">https://pay.example.gov/AB%2012</a>');
  });

  it("applies the dash and spacing rules", () => {
    expect(render("Open 9 - 5 , Monday .").html).toBe("<p>Open 9 – 5, Monday.</p>");
  });

  it("renders a list value alone on a line as bullets, and inline lists as words", () => {
    const email = render("You need:\n\n((docs))\n\nBring ((docs)) with you.", { docs: ["passport", "a bill"] });
    expect(email.html).toBe("<p>You need:</p>\n<ul><li>passport</li><li>a bill</li></ul>\n<p>Bring passport and a bill with you.</p>");
    expect(email.text).toContain("• passport\n• a bill");
  });

  it("shows unfilled placeholders in previews", () => {
    const email = renderEmail({ subject: "Hi ((name))", content: "Dear ((name))" }, {}, { isPreview: true });
    expect(email.html).toBe('<p>Dear <span class="placeholder">((name))</span></p>');
    expect(email.subject).toBe("Hi ((name))");
  });

  it("collapses whitespace in subjects and fills them as plain text", () => {
    expect(render("x", { name: "Ada & <Bob>" }, "  Hello\n  ((name))  ").subject).toBe("Hello Ada & <Bob>");
  });

  it("resolves optional blocks before formatting, so their text may be a heading", () => {
    const template = "Hello((member?? and welcome back)).\n\n((member??# Member news))\n\nBye";
    expect(render(template, { member: "yes" }).html).toBe("<p>Hello and welcome back.</p>\n<h2>Member news</h2>\n<p>Bye</p>");
    expect(render(template, { member: "no" }).html).toBe("<p>Hello.</p>\n<p>Bye</p>");
  });

  it("joins inset lines and renders numbers", () => {
    expect(render("^ Line one\n^ line two\n\nAmount: ((n))", { n: 12.5 }).html).toBe(
      '<blockquote class="notify-inset">Line one<br>line two</blockquote>\n<p>Amount: 12.5</p>',
    );
  });

  it("keeps template links in the plain-text part as 'text: url', with values filled", () => {
    const email = render("Visit [the site](https://x.gov/((ref))?a=1&b=2) today", { ref: "A&B" });
    expect(email.html).toBe('<p>Visit <a href="https://x.gov/A&amp;B?a=1&amp;b=2">the site</a> today</p>');
    expect(email.text).toBe("Visit the site: https://x.gov/A&B?a=1&b=2 today");
  });

  it("renders subject lines without any formatting", () => {
    const email = renderEmail({ subject: "# Your ((thing)) **now**\n* really", content: "x" }, { thing: "<permit>" });
    expect(email.subject).toBe("# Your <permit> **now** * really");
  });

  it("reports the body size against the 2,000,000 byte limit", () => {
    const email = render("((x))", { x: "é".repeat(1_000_001) });
    expect(email.isTooLong).toBe(true);
    expect(emailTooLongMessage(email.bodyByteLength)).toBe("Your message is too long. Emails cannot be longer than 2000000 bytes. Your message is 2000002 bytes.");
  });
});

describe("renderEmail escaping", () => {
  it("escapes the template's own HTML", () => {
    expect(render("<script>alert(1)</script> & co").html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>");
  });

  it.each([
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ['"><a href="javascript:alert(1)">', "&quot;&gt;&lt;a href=&quot;javascript:alert(1)&quot;&gt;"],
    ["https://evil.example/phish", "https://evil.example/phish"],
    ["[click](https://evil.example)", "[click](https://evil.example)"],
    ["# heading\n* bullet", "# heading<br>* bullet"],
  ])("never lets a value add markup, formatting or a link: %j", (value, expected) => {
    const email = render("Hello ((name))", { name: value });
    expect(email.html).toBe(`<p>Hello ${expected}</p>`);
  });

  it("keeps a value inside a template link from breaking out of the attribute", () => {
    const email = render("[Pay](https://pay.example.gov/((ref)))", { ref: '"><script>x</script>' });
    expect(email.html).toBe('<p><a href="https://pay.example.gov/&quot;&gt;&lt;script&gt;x&lt;/script&gt;">Pay</a></p>');
  });

  it("escapes hostile values everywhere they can appear", () => {
    const hostile = '<script>alert("x")</script> & <b onclick=\'x\'>';
    const email = render("# ((v))\n\n* ((v))\n\n1. ((v))\n\n^ ((v))\n\n[((v))](https://a.gov/((v)))\n\n((v))", { v: hostile });
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("<b ");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onclick=&#39;x&#39;&gt;");
    expect(email.html.match(/<a /g)).toHaveLength(1);
  });

  it("escapes every item of a list value", () => {
    expect(render("((items))", { items: ["<a>", "b & c"] }).html).toBe("<ul><li>&lt;a&gt;</li><li>b &amp; c</li></ul>");
  });

  it("never emits an unescaped value (property)", () => {
    const risky = fc.stringMatching(/^[<>&"' a-z=/:.()[\]#*^\n-]{0,60}$/);
    const value = fc.oneof(risky, fc.string({ unit: "binary", maxLength: 60 }), fc.array(risky, { maxLength: 4 }));
    const templates = fc.constantFrom("Hi ((v))", "# ((v))", "## ((v))", "* ((v))", "1. ((v))", "^ ((v))", "[x](https://a.gov/((v)))", "[((v))](https://a.gov)", "https://a.gov/((v))", "((v))", "a\n\n((v))\n\nb");
    fc.assert(
      fc.property(value, templates, (v, template) => {
        const { html } = render(template, { v });
        const withoutTags = html.replace(/<\/?(p|h2|h3|ul|ol|li|br|hr|blockquote|a)( class="notify-inset"| href="[^"<>]*")?>/g, "");
        expect(withoutTags).not.toMatch(/[<>"']/);
        expect(html.match(/<a /g)?.length ?? 0).toBe(template.includes("https://") ? 1 : 0);
        expect(withoutTags).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("renderEmail unsubscribe footer", () => {
  const link = "https://notify.example.gov/unsubscribe/0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b/abc_-";
  it("ends the HTML and the text with a link to the unsubscribe page", () => {
    const email = renderEmail({ subject: "News", content: "Hello" }, {}, { unsubscribeLink: link });
    expect(email.html).toBe(`<p>Hello</p>\n<p class="notify-unsubscribe">Don’t want these emails? <a href="${link}">Unsubscribe</a></p>`);
    expect(email.text.endsWith(`\n\nDon’t want these emails? Unsubscribe: ${link}`)).toBe(true);
  });

  it("escapes the link in HTML and leaves it out of the byte count", () => {
    const plain = renderEmail({ subject: "News", content: "Hello" }, {});
    const email = renderEmail({ subject: "News", content: "Hello" }, {}, { unsubscribeLink: 'https://x.gov/?a=1&b="2"' });
    expect(email.html).toContain('href="https://x.gov/?a=1&amp;b=&quot;2&quot;"');
    expect(email.bodyByteLength).toBe(plain.bodyByteLength);
  });

  it("adds nothing without a link", () => {
    expect(renderEmail({ subject: "News", content: "Hello" }, {}).html).toBe("<p>Hello</p>");
  });
});
