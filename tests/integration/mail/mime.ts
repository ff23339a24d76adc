/**
 * The text and HTML parts of a raw message as the sink received it, decoded (quoted-printable or
 * base64, UTF-8), so a test can read what the person reads.
 */
export function mailParts(raw: string): { text: string; html: string } {
  const out = { text: "", html: "" };
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const part of parts) {
    const [head, ...rest] = part.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
    const body = rest.join("\n\n");
    const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.toLowerCase() ?? "text/plain";
    const encoding = /content-transfer-encoding:\s*([^\s;]+)/i.exec(head)?.[1]?.toLowerCase() ?? "7bit";
    const decoded = decode(body, encoding);
    if (type === "text/plain") out.text += decoded;
    else if (type === "text/html") out.html += decoded;
    else if (type.startsWith("multipart/")) {
      const inner = mailParts(part);
      out.text += inner.text;
      out.html += inner.html;
    }
  }
  return out;
}

function decode(body: string, encoding: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const soft = body.replace(/=\r?\n/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
        bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(soft[i], "utf8"));
    }
    return Buffer.from(bytes).toString("utf8").replace(/\r\n/g, "\n");
  }
  return body.replace(/\r\n/g, "\n");
}
