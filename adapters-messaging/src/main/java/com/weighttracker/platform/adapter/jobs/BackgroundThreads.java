package com.weighttracker.platform.adapter.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's worker threads, each of which lowers its own operating-system priority (raises its
 * niceness) when it starts, so requests preempt scheduled work at once instead of sharing a core with it
 * ({@code weighttracker.jobs.niceness}; off by default: ADR 29 says what it was measured to do). Linux lets any process make
 * one of its own threads nicer without root ({@code setpriority} on the thread's id, here through
 * {@code renice}, found through {@code /proc/thread-self}); where that is not available (another OS, no
 * {@code renice}) the thread keeps the normal priority and says so once in the log. A niceness of 0 leaves
 * the threads alone. Only the job's own threads: the database still does the job's statements at its normal
 * priority.
 */
final class BackgroundThreads implements ThreadFactory {

    /** The niceness Linux allows at most (19: the least CPU when others want it). */
    static final int MAX_NICENESS = 19;

    private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final AtomicInteger warned = new AtomicInteger();

    private final String prefix;
    private final int niceness;
    private final AtomicInteger count = new AtomicInteger();

    BackgroundThreads(String prefix, int niceness) {
        if (niceness < 0 || niceness > MAX_NICENESS) {
            throw new IllegalArgumentException("niceness must be 0 to " + MAX_NICENESS + ", was " + niceness);
        }
        this.prefix = prefix;
        this.niceness = niceness;
    }

    @Override
    public Thread newThread(Runnable work) {
        var thread = new Thread(() -> {
            if (niceness > 0) {
                lowerCurrentThread(niceness);
            }
            work.run();
        }, prefix + count.incrementAndGet());
        thread.setDaemon(false);
        return thread;
    }

    /**
     * Makes the calling thread (only it, not the process) this nice.
     *
     * @return whether it worked (false off Linux, without {@code renice}, or when the system refused)
     */
    static boolean lowerCurrentThread(int niceness) {
        try {
            if (!Files.exists(THREAD_SELF)) {
                return refused("no /proc/thread-self (not Linux)");
            }
            // "<pid>/task/<tid>"
            var tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            var renice = new ProcessBuilder("renice", "-n", Integer.toString(niceness), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(10, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return refused("renice did not answer");
            }
            return renice.exitValue() == 0 || refused("renice exited with " + renice.exitValue());
        } catch (IOException | UnsupportedOperationException failure) {
            return refused(failure.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The niceness of the calling thread, or -1 where it cannot be read (not Linux). */
    static int currentNiceness() {
        try {
            var tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            var stat = Files.readString(Path.of("/proc/self/task/" + tid + "/stat"));
            // after the command's name in parentheses: field 19 of stat is the niceness
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    private static boolean refused(String why) {
        if (warned.getAndIncrement() == 0) {
            log.warn("Scheduled jobs run at the normal priority: could not lower their threads' priority ({})", why);
        }
        return false;
    }
}
