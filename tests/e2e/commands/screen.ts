import type { Page } from '@playwright/test';

/**
 * Waits for running CSS transitions and animations (a button fading back from
 * disabled) before a screenshot; endless ones (progress spinners) are left spinning.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
