// A latency histogram in microseconds with log buckets 1 % wide: small, mergeable across processes
// (its JSON form is {buckets: {index: count}, count, max, sum}), percentiles within 1 %.

const GROWTH = Math.log(1.01);

export class Histogram {
  constructor() {
    this.buckets = new Map();
    this.count = 0;
    this.max = 0;
    this.sum = 0;
  }

  record(micros) {
    const value = Math.max(1, micros);
    const index = Math.ceil(Math.log(value) / GROWTH);
    this.buckets.set(index, (this.buckets.get(index) ?? 0) + 1);
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
  }

  /** The upper bound of the bucket that holds the given fraction (0..1) of the values, in µs. */
  percentile(fraction) {
    if (this.count === 0) return null;
    const rank = Math.max(1, Math.ceil(fraction * this.count));
    let seen = 0;
    for (const index of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(index);
      if (seen >= rank) return Math.min(Math.exp(index * GROWTH), this.max);
    }
    return this.max;
  }

  mean() {
    return this.count === 0 ? null : this.sum / this.count;
  }

  merge(other) {
    for (const [index, count] of other.buckets) this.buckets.set(index, (this.buckets.get(index) ?? 0) + count);
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
    return this;
  }

  toJSON() {
    return { buckets: Object.fromEntries(this.buckets), count: this.count, max: this.max, sum: this.sum };
  }

  static fromJSON(json) {
    const histogram = new Histogram();
    for (const [index, count] of Object.entries(json?.buckets ?? {})) histogram.buckets.set(Number(index), count);
    histogram.count = json?.count ?? 0;
    histogram.max = json?.max ?? 0;
    histogram.sum = json?.sum ?? 0;
    return histogram;
  }
}
