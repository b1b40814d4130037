package org.reportdesk.docx;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Wall time, the calling thread's CPU time (which other processes' load does not inflate) and peak heap of one task: the heap pools' peak usage (garbage not yet collected
 * included, so an upper bound of what the task needed) after a GC and a reset.
 */
record PeakHeap(long millis, long cpuMillis, long peakBytes) {

    static PeakHeap of(ThrowingRunnable task) throws Exception {
        System.gc();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        task.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new PeakHeap(ms, cpu, peak);
    }

    long peakMb() {
        return peakBytes / (1024 * 1024);
    }

    @Override
    public String toString() {
        return millis + " ms (thread CPU " + cpuMillis + " ms), peak heap " + peakMb() + " MB";
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
