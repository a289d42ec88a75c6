package io.ticketflow.ticket;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ticket numbers {@code TF-<year>-<6 digits>}. Numbers are taken from the database in blocks, in a short
 * transaction of their own, so concurrent intake on several nodes never queues on one counter row. Like a database
 * sequence, a number taken by a request that later fails is not reused.
 */
@Component
class TicketNumberAllocator {

    static final int BLOCK_SIZE = 20;

    private final TicketNumberMapper counters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    private int blockYear;
    private long next;
    private long blockEnd;

    TicketNumberAllocator(TicketNumberMapper counters, PlatformTransactionManager transactionManager, Clock clock) {
        this.counters = counters;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    synchronized String nextNumber() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year != blockYear || next >= blockEnd) {
            next = takeBlock(year);
            blockEnd = next + BLOCK_SIZE;
            blockYear = year;
        }
        return format(year, next++);
    }

    static String format(int year, long value) {
        return String.format("TF-%d-%06d", year, value);
    }

    private long takeBlock(int year) {
        for (int attempt = 0; ; attempt++) {
            try {
                Long start = ownTransaction.execute(status -> {
                    Long current = counters.lockNextValue(year);
                    if (current == null) {
                        counters.insertCounter(year, 1 + BLOCK_SIZE);
                        return 1L;
                    }
                    counters.advanceCounter(year, current + BLOCK_SIZE);
                    return current;
                });
                return start;
            } catch (DuplicateKeyException firstOfTheYearOnTwoNodes) {
                if (attempt > 2) {
                    throw firstOfTheYearOnTwoNodes;
                }
            }
        }
    }
}
