/**
 * The README picture's shot: the explorer page with the whole graph, OpenAI's accusation of
 * DeepSeek clicked so the evidence panel shows its German quote and the denial.
 */
import { launchChromium } from './chromium.js';

const EDGE = 'openai-accuses-deepseek-distillation';

export async function screenshotExplorer(base: string, output: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
    const point = await page.evaluate((id) => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const mid = window.cy.getElementById(id).renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    }, EDGE);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#details[data-relation="${EDGE}"]`);
    await page.waitForTimeout(500); // the panel resized the graph; let the canvas redraw
    await page.screenshot({ path: output });
  } finally {
    await browser.close();
  }
}
