/** A `process.memoryUsage()` reading. */
export interface MemorySample {
  /** Milliseconds since sampling started. */
  atMs: number;
  rss: number;
  heapUsed: number;
}

export interface MemorySummary {
  intervalMs: number;
  samples: number;
  start: MemorySample;
  end: MemorySample;
  peakRss: number;
  peakHeapUsed: number;
  /** Peak heapUsed in the first and second half of the run: close when memory stays flat. */
  peakHeapUsedFirstHalf: number;
  peakHeapUsedSecondHalf: number;
  /** Lowest heapUsed in each half (after a collection): what stays retained; it grows if memory leaks. */
  floorHeapUsedFirstHalf: number;
  floorHeapUsedSecondHalf: number;
  series: MemorySample[];
}

/** Samples memory every `intervalMs` (250 ms by default) until stopped. */
export function startMemorySampler(intervalMs = 250): { stop(): MemorySummary } {
  const started = performance.now();
  const series: MemorySample[] = [];
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    series.push({ atMs: Math.round(performance.now() - started), rss, heapUsed });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const middle = series[series.length - 1]!.atMs / 2;
      const peakHeap = (entries: MemorySample[]) => Math.max(0, ...entries.map((entry) => entry.heapUsed));
      const floorHeap = (entries: MemorySample[]) => Math.min(...entries.map((entry) => entry.heapUsed));
      const firstHalf = series.filter((entry) => entry.atMs <= middle);
      const secondHalf = series.filter((entry) => entry.atMs > middle);
      return {
        intervalMs,
        samples: series.length,
        start: series[0]!,
        end: series[series.length - 1]!,
        peakRss: Math.max(...series.map((entry) => entry.rss)),
        peakHeapUsed: peakHeap(series),
        peakHeapUsedFirstHalf: peakHeap(firstHalf),
        peakHeapUsedSecondHalf: peakHeap(secondHalf),
        floorHeapUsedFirstHalf: floorHeap(firstHalf),
        floorHeapUsedSecondHalf: secondHalf.length > 0 ? floorHeap(secondHalf) : floorHeap(firstHalf),
        series,
      };
    },
  };
}
