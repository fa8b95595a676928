import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "./markdown";

const html = (md: string) => renderToStaticMarkup(<Markdown source={md} />);

describe("runbook rendering (GFM)", () => {
  it("renders tables", () => {
    const out = html("| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(out).toMatch(/<table>.*<th>a<\/th>.*<td>2<\/td>/s);
  });
  it("renders task lists as boxes, without form controls that nobody can label", () => {
    const out = html("- [ ] open the dashboard\n- [x] page the lead\n");
    expect(out).toContain("☐");
    expect(out).toContain("☑");
    expect(out).not.toContain("<input");
  });
  it("renders strikethrough", () => {
    expect(html("~~old step~~")).toContain("<del>old step</del>");
  });
  it("turns bare URLs into links that open safely in a new tab", () => {
    const out = html("See https://status.example.com for status.");
    expect(out).toContain('href="https://status.example.com"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
  });
  it("gives headings ids and an anchor link", () => {
    const out = html("## When to use\n");
    expect(out).toContain('<h2 id="when-to-use"');
    expect(out).toContain('href="#when-to-use"');
  });
  it("highlights code and offers a copy button", () => {
    const out = html("```sh\ncurl -fsS http://localhost:3000/api/health\n```\n");
    expect(out).toContain('class="hljs language-sh"');
    expect(out).toMatch(/<button[^>]*>.*Copy/s);
  });
  it("turns > [!WARNING] into a labelled callout and drops the marker", () => {
    const out = html("> [!WARNING]\n> This wipes the database.\n");
    expect(out).toContain('aria-label="Warning"');
    expect(out).toContain("This wipes the database.");
    expect(out).not.toContain("[!WARNING]");
  });
  it("links between runbooks become app routes", () => {
    expect(html("[Rotate keys](./secret-and-key-rotation.md#jwt)")).toContain('href="/runbooks/secret-and-key-rotation#jwt"');
  });
});

describe("runbook rendering is inert against XSS", () => {
  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script/i],
    ["an img with onerror", '<img src=x onerror="alert(1)">', /onerror|<img/i],
    ["a javascript: link", "[click](javascript:alert(1))", /href="\s*javascript:/i],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", /href="\s*data:/i],
    ["an autolinked javascript: URL (its text may show, never as a link)", "<javascript:alert(1)>", /href="\s*javascript:/i],
    ["an image with a javascript: source", "![x](javascript:alert(1))", /src="\s*javascript:/i],
  ])("%s renders inert", (_what, md, forbidden) => {
    const out = html(md);
    expect(out).not.toMatch(forbidden);
    expect(out).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
