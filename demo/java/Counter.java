package demo;

import java.util.concurrent.atomic.AtomicLong;

/** Three ways to count across threads. */
public class Counter {
    // volatile: every thread sees the latest write, but count++ is still not atomic.
    private volatile boolean running = true;
    private long plain;
    private final AtomicLong atomic = new AtomicLong(); // compare-and-swap under the hood

    public synchronized void incrementLocked() {
        plain++;
    }

    public void incrementAtomic() {
        atomic.incrementAndGet();
    }

    public void stop() {
        running = false;
    }

    public boolean isRunning() {
        return running;
    }
}
