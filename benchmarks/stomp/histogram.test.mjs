// node --test benchmarks/stomp/   (the generator's own checks; stomp.sh selftest checks it end to end)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Histogram } from './histogram.mjs';

test('percentiles are within 1 % of the exact ones', () => {
  const histogram = new Histogram();
  for (let micros = 1; micros <= 100_000; micros++) histogram.record(micros);
  for (const [fraction, exact] of [[0.5, 50_000], [0.95, 95_000], [0.99, 99_000]]) {
    const value = histogram.percentile(fraction);
    assert.ok(value >= exact && value <= exact * 1.01, `p${fraction * 100} = ${value}, exact ${exact}`);
  }
  assert.equal(histogram.percentile(1), 100_000);
  assert.equal(histogram.max, 100_000);
});

test('histograms merged through JSON are the histogram of all values', () => {
  const low = new Histogram();
  const high = new Histogram();
  for (let i = 0; i < 900; i++) low.record(1_000);
  for (let i = 0; i < 100; i++) high.record(250_000);
  const merged = Histogram.fromJSON(JSON.parse(JSON.stringify(low)))
    .merge(Histogram.fromJSON(JSON.parse(JSON.stringify(high))));
  assert.equal(merged.count, 1_000);
  assert.equal(merged.max, 250_000);
  assert.ok(Math.abs(merged.percentile(0.5) - 1_000) <= 10);
  assert.ok(Math.abs(merged.percentile(0.95) - 250_000) <= 2_500);
  assert.equal(merged.mean(), (900 * 1_000 + 100 * 250_000) / 1_000);
});

test('an empty histogram has no percentiles', () => {
  assert.equal(new Histogram().percentile(0.99), null);
  assert.equal(new Histogram().mean(), null);
});
