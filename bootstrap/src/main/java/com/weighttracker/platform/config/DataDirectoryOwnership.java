package com.weighttracker.platform.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may start PostgreSQL in an embedded data directory. A running Weight Tracker holds zonky's
 * lock file ({@value #LOCK_FILE}) as long as it lives; the operating system releases the lock
 * when that process dies, however it dies. So:
 * <ul>
 * <li>lock held: another server is using the directory, and this one must not start;</li>
 * <li>lock free but a postmaster still runs there: its owner was killed ({@code kill -9}); the
 * orphan is stopped (a smart shutdown: it has no clients left) so that a new server can start.</li>
 * </ul>
 */
final class DataDirectoryOwnership {

    static final String LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryOwnership.class);

    private DataDirectoryOwnership() {
    }

    static void takeOver(Path dataDirectory) throws IOException {
        refuseIfHeld(dataDirectory);
        runningPostmaster(dataDirectory).ifPresent(orphan -> stop(orphan, dataDirectory));
    }

    private static void refuseIfHeld(Path dataDirectory) throws IOException {
        var lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDirectory, runningPostmaster(dataDirectory));
            }
            lock.release();
        } catch (OverlappingFileLockException heldInThisJvm) {
            throw new DataDirectoryInUseException(dataDirectory, runningPostmaster(dataDirectory));
        }
    }

    /** The live postmaster that {@code postmaster.pid} names, if it is one. */
    private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
        try {
            var pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            var pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            // after a reboot the number may belong to an unrelated process: PostgreSQL then
            // replaces its stale pid file itself
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres"))
                            .orElse(false));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle orphan, Path dataDirectory) {
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running in {} by a server that did not shut down",
                orphan.pid(), dataDirectory);
        orphan.destroy();
        try {
            orphan.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The embedded PostgreSQL (pid " + orphan.pid() + ") left running in "
                    + dataDirectory + " did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it with: kill "
                    + orphan.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping an orphaned embedded PostgreSQL", e);
        }
    }

    /** Another running server holds the directory; said in one line by {@link EmbeddedPostgresFailureAnalyzer}. */
    static final class DataDirectoryInUseException extends IllegalStateException {

        private final transient Path dataDirectory;

        DataDirectoryInUseException(Path dataDirectory, Optional<ProcessHandle> postmaster) {
            super("The embedded PostgreSQL data directory " + dataDirectory + " is in use by another running "
                    + "Weight Tracker" + postmaster.map(process -> " (its PostgreSQL has pid " + process.pid() + ")")
                            .orElse(""));
            this.dataDirectory = dataDirectory;
        }

        Path dataDirectory() {
            return dataDirectory;
        }
    }
}
