// Computes node metrics (degree, weighted degree, PageRank, Louvain) away from the page's thread.
import { computeMetrics, type Metrics, type MetricsInput } from '../../src/graph/metrics.js';

self.onmessage = ({ data }: MessageEvent<MetricsInput>) => {
  const m: Metrics = computeMetrics(data);
  self.postMessage(m, { transfer: [m.degree.buffer, m.weightedDegree.buffer, m.pagerank.buffer, m.community.buffer] });
};
