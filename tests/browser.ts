// The explorer's browser tests: Debian's Chromium driven by Playwright (it cannot download its own browsers here).
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";

export const SCREENSHOTS = path.join(__dirname, "..", "test-output", "explorer");

/** Debian's Chromium (scripts/install-browser.sh), as the test script exports it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error("Chromium is not installed: run scripts/install-browser.sh");
  return found;
}

/** A page that records every console error and uncaught exception. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

/** Opens `route`, waits for its data, checks every chart drew something, and saves a screenshot. */
export async function openPage(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId("page-ready").waitFor({ timeout: 30_000 });
  const charts = page.locator("figure.chart");
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    // A drawn chart: the plot's own SVG (not the legend's icons) holds bars, curves or dots.
    await chart.locator(".recharts-wrapper > svg").waitFor();
    const shapes = await chart.evaluate((figure) => {
      const plot = figure.querySelector(".recharts-wrapper > svg");
      const marks = plot ? [...plot.querySelectorAll("path.recharts-rectangle, path.recharts-curve, circle.recharts-dot")] : [];
      return marks.filter((m) => m.tagName === "circle" || (m.getAttribute("d") ?? "").length > 0).length;
    });
    expect(shapes, `${name}: chart "${await chart.locator("figcaption").innerText()}" drew nothing`).to.be.greaterThan(0);
  }
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
