package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UploadSlotsTest {

  @Test
  void an_upload_finding_every_slot_taken_is_turned_away_after_the_wait() throws Exception {
    UploadSlots slots = new UploadSlots(2);
    UploadSlots.Slot first = slots.take(0, Integer.MAX_VALUE);
    UploadSlots.Slot second = slots.take(0, Integer.MAX_VALUE);
    assertNotNull(first);
    assertNotNull(second);
    long before = System.nanoTime();
    assertNull(slots.take(50, Integer.MAX_VALUE));
    assertEquals(true, System.nanoTime() - before >= 50_000_000L, "it waited the 50 ms");
    second.close();
    UploadSlots.Slot third = slots.take(0, Integer.MAX_VALUE);
    assertNotNull(third, "a slot given back is taken again");
  }

  @Test
  void an_upload_finding_the_line_full_is_turned_away_without_waiting() throws Exception {
    UploadSlots slots = new UploadSlots(1);
    UploadSlots.Slot held = slots.take(0, 1);
    java.util.concurrent.CompletableFuture<UploadSlots.Slot> inLine =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return slots.take(10_000, 1);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (slots.waiting() < 1 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(1, slots.waiting(), "one upload in the line");
    long before = System.nanoTime();
    assertNull(slots.take(10_000, 1), "the line is full");
    assertEquals(
        true,
        System.nanoTime() - before < 1_000_000_000L,
        "refused at once, not after the 10 s wait");
    held.close();
    UploadSlots.Slot next = inLine.get(5, java.util.concurrent.TimeUnit.SECONDS);
    assertNotNull(next, "the upload in the line took the slot given back");
    assertEquals(0, slots.waiting());
  }

  @Test
  void a_slot_is_given_back_once_however_often_it_is_closed() throws Exception {
    UploadSlots slots = new UploadSlots(1);
    UploadSlots.Slot slot = slots.take(0, Integer.MAX_VALUE);
    slot.close();
    slot.close();
    assertEquals(1, slots.free());
  }

  @Test
  void a_smaller_size_takes_effect_as_slots_are_given_back() throws Exception {
    UploadSlots slots = new UploadSlots(3);
    UploadSlots.Slot a = slots.take(0, Integer.MAX_VALUE);
    UploadSlots.Slot b = slots.take(0, Integer.MAX_VALUE);
    slots.resize(1);
    assertEquals(-1, slots.free(), "two held against a size of one");
    assertNull(slots.take(0, Integer.MAX_VALUE));
    a.close();
    assertNull(slots.take(0, Integer.MAX_VALUE), "one still held: the size is reached");
    b.close();
    assertNotNull(slots.take(0, Integer.MAX_VALUE));
    slots.resize(4);
    assertEquals(3, slots.free());
  }

  @Test
  void a_pool_has_at_least_one_slot() {
    assertThrows(IllegalArgumentException.class, () -> new UploadSlots(0));
    assertThrows(IllegalArgumentException.class, () -> new UploadSlots(1).resize(0));
  }
}
