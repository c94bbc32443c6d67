package com.weighttracker.tracking;

import static com.weighttracker.support.ModuleBeans.modulesWithBeans;
import static com.weighttracker.support.ModuleBeans.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import com.weighttracker.identity.application.port.in.RegisterAccountCommand;
import com.weighttracker.identity.application.port.in.RegisterAccountUseCase;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.in.RecordWeightUseCase;
import com.weighttracker.tracking.application.port.in.WeighInCommand;

/**
 * Tracking boots with only the modules it declares (identity, the shared kernel, the platform): teams, which
 * listens to its weigh-ins, is absent, and recording a weigh-in still publishes {@link WeightRecorded}.
 *
 * <p>{@code extraIncludes = "platform"}: the context's beans inject the shared kernel's ports ({@code Transactions},
 * {@code DomainEvents}, {@code IdGenerator}), whose implementations and the database live in the platform; Spring
 * Modulith only follows injected types, so it cannot see that dependency by itself.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class TrackingModuleTest {

    private final RegisterAccountUseCase accounts;
    private final RecordWeightUseCase weighIns;

    TrackingModuleTest(RegisterAccountUseCase accounts, RecordWeightUseCase weighIns) {
        this.accounts = accounts;
        this.weighIns = weighIns;
    }

    @Test
    void bootsWithoutTheContextsThatListenToIt(ApplicationContext context) {
        assertThat(modulesWithBeans(context)).contains("tracking", "identity", "platform").doesNotContain("teams");
    }

    @Test
    void recordingAWeighInPublishesWeightRecorded(Scenario scenario) {
        var username = uniqueName("module");
        var user = new UserId(accounts.register(RegisterAccountCommand.of(username + "@example.org", username,
                "Secret123", "UTC", null, "127.0.0.1")).user().id());

        scenario.stimulate(() -> weighIns.record(user, new WeighInCommand(new BigDecimal("82.4"), MassUnit.KG, null,
                        null, null, null, null, null)))
                .andWaitForEventOfType(WeightRecorded.class)
                .matchingMappedValue(WeightRecorded::userId, user)
                .toArrive();
    }
}
