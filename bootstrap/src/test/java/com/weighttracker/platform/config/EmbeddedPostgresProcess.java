package com.weighttracker.platform.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Another Weight Tracker holding an embedded data directory: a second JVM that starts the embedded
 * PostgreSQL there and waits to be stopped or killed.
 */
final class EmbeddedPostgresProcess implements AutoCloseable {

    private final Process process;

    private EmbeddedPostgresProcess(Process process) {
        this.process = process;
    }

    static EmbeddedPostgresProcess startIn(Path dataDirectory) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresProcess.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (String line; (line = output.readLine()) != null;) {
            seen.append(line).append('\n');
            if (line.equals("READY")) {
                // keep draining, so the child never blocks on a full pipe
                var drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return new EmbeddedPostgresProcess(process);
            }
        }
        throw new IllegalStateException("the second server did not start:\n" + seen);
    }

    /** What {@code kill -9} does: no shutdown hook runs, PostgreSQL keeps running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgres.shared(args[0]);
        System.out.println("READY");
        Thread.sleep(Long.MAX_VALUE);
    }
}
