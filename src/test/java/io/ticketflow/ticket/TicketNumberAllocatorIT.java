package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Ticket numbers stay unique when several nodes (allocators) hand them out at once. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class TicketNumberAllocatorIT {

    @Autowired
    private TicketNumberMapper counters;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void twoNodesNeverHandOutTheSameNumber() throws Exception {
        int year = 2100 + (int) Math.floorMod(System.nanoTime(), 800L);
        Clock clock = Clock.fixed(Instant.parse(year + "-06-01T00:00:00Z"), ZoneOffset.UTC);
        TicketNumberAllocator nodeA = new TicketNumberAllocator(counters, transactionManager, clock);
        TicketNumberAllocator nodeB = new TicketNumberAllocator(counters, transactionManager, clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> batches = new ArrayList<>();
            for (TicketNumberAllocator node : List.of(nodeA, nodeB, nodeA, nodeB)) {
                Callable<List<String>> batch = () -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < 3 * TicketNumberAllocator.BLOCK_SIZE; i++) {
                        numbers.add(node.nextNumber());
                    }
                    return numbers;
                };
                batches.add(pool.submit(batch));
            }
            Set<String> unique = new HashSet<>();
            int total = 0;
            for (Future<List<String>> batch : batches) {
                for (String number : batch.get()) {
                    assertThat(number).matches("TF-" + year + "-\\d{6}");
                    unique.add(number);
                    total++;
                }
            }
            assertThat(unique).hasSize(total);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void formatsTheYearAndSixDigits() {
        assertThat(TicketNumberAllocator.format(2026, 42)).isEqualTo("TF-2026-000042");
    }
}
