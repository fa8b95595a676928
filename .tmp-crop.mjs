import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 390, height: 900 } });
for (const name of process.argv.slice(2)) {
  const data = readFileSync(`screenshots/${name}.png`).toString("base64");
  await p.setContent(`<body style="margin:0"><img style="display:block" src="data:image/png;base64,${data}"></body>`);
  const h = await p.evaluate(() => document.images[0].naturalHeight);
  for (let y = 0, n = 0; y < h; y += 900, n++) {
    await p.screenshot({ path: `/tmp/shots/${name}-${n}.png`, clip: { x: 0, y, width: 390, height: Math.min(900, h - y) }, fullPage: true });
  }
}
await b.close();
