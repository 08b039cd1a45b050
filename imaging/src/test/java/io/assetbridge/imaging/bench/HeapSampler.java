package io.assetbridge.imaging.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two views of peak heap during one call: the sum of each heap pool's peak (an upper bound, since
 * pools peak at different moments) and the highest total heap used seen by sampling every 2 ms.
 */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong highest = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapSampler() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = Thread.ofPlatform().daemon().start(this::sample);
  }

  private void sample() {
    while (running) {
      highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long sumOfPoolPeaksMb() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
  }

  long highestSampledMb() {
    return highest.get() >> 20;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }
}
