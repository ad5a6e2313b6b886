package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageWorkersTest {

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTheWorkFinishesIn() throws IOException {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (PageWorkers workers = new PageWorkers(3)) {
            List<String> results = workers.map(items, i -> {
                threads.add(Thread.currentThread().getName());
                try {
                    // Early items finish last.
                    Thread.sleep(40 - i);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "page-" + i;
            });
            assertEquals(items.stream().map(i -> "page-" + i).toList(), results);
        }
        assertTrue(threads.size() > 1, "ran on several workers: " + threads);
        assertTrue(threads.stream().allMatch(name -> name.startsWith("ipwp-worker-")), threads.toString());
    }

    @Test
    void anIoErrorOfOneItemIsThrownAsItself() {
        IOException broken = new IOException("disk full");
        try (PageWorkers workers = new PageWorkers(2)) {
            IOException thrown = assertThrows(IOException.class, () -> workers.map(List.of(1, 2, 3), i -> {
                if (i == 2) {
                    throw broken;
                }
                return i;
            }));
            assertSame(broken, thrown);
        }
    }

    @Test
    void aBugInOneItemIsThrownAsItself() {
        try (PageWorkers workers = new PageWorkers(2)) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> workers.map(List.of(1, 2, 3), i -> {
                if (i == 3) {
                    throw new IllegalStateException("bug in page 3");
                }
                return i;
            }));
            assertEquals("bug in page 3", thrown.getMessage());
        }
    }

    @Test
    void oneWorkerRunsOnTheCallersThread() throws IOException {
        try (PageWorkers workers = new PageWorkers(1)) {
            String caller = Thread.currentThread().getName();
            assertEquals(List.of(caller, caller), workers.map(List.of(1, 2), i -> Thread.currentThread().getName()));
        }
    }
}
