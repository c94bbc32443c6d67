package com.weighttracker.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A cheap answer to "where does the product's CPU go?" from a JFR recording (run.sh PROFILE=step
 * records one): the share of execution samples whose stack contains each area (JWT, jOOQ, JDBC,
 * Jackson, …; a sample can count for several), and the hottest methods by self time.
 *
 * <p>{@code java -Dloader.main=com.weighttracker.benchmarks.JfrSummary -jar benchmarks.jar file.jfr}
 */
public final class JfrSummary {

    /**
     * Areas by package prefix. "Inclusive": the share of samples with any frame in the area (what
     * removing the area would save at most). "Self": each sample counted once, for the innermost
     * frame that belongs to an area (JDK frames count for the caller's area), so the shares add up.
     */
    private static final Map<String, String[]> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("RSA signature check", new String[] { "sun.security.rsa.", "sun.security.util." });
        AREAS.put("JWT decoding (Nimbus, Spring OAuth2 resource server)", new String[] { "com.nimbusds.",
                "org.springframework.security.oauth2." });
        AREAS.put("Spring Security (other filters)", new String[] { "org.springframework.security." });
        AREAS.put("jOOQ (render, bind, fetch, map)", new String[] { "org.jooq." });
        AREAS.put("PostgreSQL JDBC driver", new String[] { "org.postgresql." });
        AREAS.put("Hikari pool", new String[] { "com.zaxxer.hikari." });
        AREAS.put("Jackson (JSON)", new String[] { "tools.jackson.", "com.fasterxml.jackson." });
        AREAS.put("Micrometer / observations", new String[] { "io.micrometer." });
        AREAS.put("Logging", new String[] { "ch.qos.logback.", "org.slf4j." });
        AREAS.put("Spring Modulith events", new String[] { "org.springframework.modulith." });
        AREAS.put("Spring transactions / JDBC", new String[] { "org.springframework.transaction.",
                "org.springframework.jdbc." });
        AREAS.put("Spring MVC / web", new String[] { "org.springframework.web." });
        AREAS.put("Spring (other)", new String[] { "org.springframework." });
        AREAS.put("Weight Tracker code", new String[] { "com.weighttracker." });
        AREAS.put("Tomcat / NIO", new String[] { "org.apache.", "sun.nio.", "jakarta.servlet." });
    }

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: JfrSummary <recording.jfr>");
            System.exit(64);
        }
        var inclusive = new HashMap<String, Integer>();
        var innermost = new HashMap<String, Integer>();
        var self = new HashMap<String, Integer>();
        var samples = 0;
        var threadLoad = new TreeMap<String, double[]>();
        var gcPauses = 0;
        var gcPauseNanos = 0L;
        Instant start = null;
        Instant last = null;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            var type = event.getEventType().getName();
            start = start == null || event.getStartTime().isBefore(start) ? event.getStartTime() : start;
            last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
            if (type.equals("jdk.ThreadCPULoad") && event.getThread("eventThread") != null) {
                var name = event.getThread("eventThread").getJavaName();
                var load = threadLoad.computeIfAbsent(name == null ? "?" : name, key -> new double[2]);
                load[0] += event.getFloat("user") + event.getFloat("system");
                load[1]++;
            }
            if (type.equals("jdk.GarbageCollection")) {
                gcPauses++;
                gcPauseNanos += event.getDuration("sumOfPauses").toNanos();
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var frames = new ArrayList<String>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                if (frame.isJavaFrame()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
            }
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(frames.get(0), 1, Integer::sum);
            var hit = new HashSet<String>();
            String first = null;
            for (var frame : frames) {
                var area = areaOf(frame);
                if (area != null) {
                    hit.add(area);
                    first = first == null ? area : first;
                }
            }
            hit.forEach(area -> inclusive.merge(area, 1, Integer::sum));
            innermost.merge(first == null ? "JDK only" : first, 1, Integer::sum);
        }
        if (samples == 0) {
            System.out.println("no execution samples in " + args[0]);
            return;
        }
        System.out.printf("%,d execution samples   self  inclusive  area%n", samples);
        for (var area : AREAS.keySet()) {
            if (inclusive.containsKey(area)) {
                System.out.printf("                       %5.1f%%   %5.1f%%   %s%n",
                        100.0 * innermost.getOrDefault(area, 0) / samples, 100.0 * inclusive.get(area) / samples, area);
            }
        }
        var seconds = start == null ? 0 : Duration.between(start, last).toMillis() / 1000.0;
        System.out.printf("over %.0f s: %d GC pauses, %.1f ms paused in all%n", seconds, gcPauses, gcPauseNanos / 1e6);
        if (!threadLoad.isEmpty()) {
            System.out.println("CPU by thread group (share of the whole machine, mean of JFR's samples; summed over threads):");
            var perGroup = new TreeMap<String, Double>();
            threadLoad.forEach((thread, load) -> perGroup.merge(group(thread), 100 * load[0] / load[1], Double::sum));
            perGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(entry -> entry.getValue() >= 0.5)
                    .forEach(entry -> System.out.printf("  %5.1f%%  %s%n", entry.getValue(), entry.getKey()));
        }
        System.out.println("hottest methods (self):");
        var total = samples;
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(entry -> System.out.printf("  %5.1f%%  %s%n", 100.0 * entry.getValue() / total, entry.getKey()));
    }

    /** Threads of a pool count together ("http-nio-18080-exec-7" and "-exec-8" -> "http-nio-18080-exec"). */
    private static String group(String thread) {
        return thread.replaceAll("[-#\\s]*\\d+$", "");
    }

    private static String areaOf(String frame) {
        for (var area : AREAS.entrySet()) {
            for (var prefix : area.getValue()) {
                if (frame.startsWith(prefix)) {
                    return area.getKey();
                }
            }
        }
        return null;
    }
}
