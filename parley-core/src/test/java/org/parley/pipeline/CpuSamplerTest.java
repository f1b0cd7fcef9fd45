package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuSamplerTest {
  @Test
  void secondHalfCountsFromTheFirstSampleAtHalfTheTokens() {
    List<CpuSampler.Sample> samples =
        List.of(new CpuSampler.Sample(0, 0), new CpuSampler.Sample(400, 9_000), new CpuSampler.Sample(500, 10_000), new CpuSampler.Sample(800, 13_000));
    // from 500 tokens at 10,000 ns to 1,000 tokens at 15,000 ns: 10 ns per token
    assertThat(CpuSampler.secondHalf(samples, 1_000, 15_000)).isEqualTo(10.0);
  }

  @Test
  void aRunWithoutASampleInItsSecondHalfHasNoFigure() {
    List<CpuSampler.Sample> samples = List.of(new CpuSampler.Sample(0, 0), new CpuSampler.Sample(1_000, 5_000));
    assertThat(CpuSampler.secondHalf(samples, 1_000, 6_000)).isZero();
  }
}
