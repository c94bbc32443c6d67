package com.weighttracker.platform.adapter.persistence;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.weighttracker.shared.application.Transactions;

/** Use cases' transactions on the one PostgreSQL data source that jOOQ and the outbox share. */
@Component
class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
