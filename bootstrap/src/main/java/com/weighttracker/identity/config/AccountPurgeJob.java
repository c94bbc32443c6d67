package com.weighttracker.identity.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;

/**
 * Purges accounts whose 30-day grace period is over. Idempotent, so several instances running it
 * at once do no harm.
 */
@Component
class AccountPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(AccountPurgeJob.class);

    private final PurgeDeletedAccountsUseCase purge;

    AccountPurgeJob(PurgeDeletedAccountsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(cron = "${weighttracker.identity.purge-cron:0 17 * * * *}")
    void purgeDueAccounts() {
        var purged = purge.purgeDue();
        if (purged > 0) {
            log.info("Purged {} deleted accounts whose grace period ended", purged);
        }
    }
}
