package com.weighttracker.platform;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.Envelope;

import io.swagger.v3.oas.annotations.Hidden;

/** Test-only: a request that is still using the database when a shutdown begins. */
@Hidden
@RestController
class SlowDatabaseWorkProbeController {

    static final String PATH = "/v1/test/slow-database-work";
    static final String STARTED = "slow database work started";
    private static final Logger log = LoggerFactory.getLogger(SlowDatabaseWorkProbeController.class);

    private final DataSource dataSource;

    SlowDatabaseWorkProbeController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping(PATH)
    Envelope<Map<String, Boolean>> work() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            log.info(STARTED);
            statement.execute("select pg_sleep(3)");
            statement.execute("select 1");
        }
        return Envelope.ok(Map.of("done", true));
    }
}
