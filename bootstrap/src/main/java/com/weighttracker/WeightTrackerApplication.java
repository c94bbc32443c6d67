package com.weighttracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** One deployable, many bounded contexts: each top-level package below is one of them. */
@SpringBootApplication
@EnableScheduling
public class WeightTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeightTrackerApplication.class, args);
    }
}
