package cn.nhjc.province.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nhjc.province.registry.application.PageResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final List<Integer> SEVEN = IntStream.range(0, 7).boxed().toList();

  @Test
  void pages_are_0_based_and_the_last_one_is_short() {
    PageResult<Integer> first = Paging.of(SEVEN, 0, 3);
    assertEquals(List.of(0, 1, 2), first.items());
    assertEquals(7, first.total());
    assertEquals(List.of(6), Paging.of(SEVEN, 2, 3).items());
    assertEquals(List.of(), Paging.of(SEVEN, 3, 3).items());
    assertEquals(3, Paging.of(SEVEN, 3, 3).size());
  }

  @Test
  void a_negative_page_or_a_size_outside_1_to_500_is_a_bad_request() {
    assertThrows(IllegalArgumentException.class, () -> Paging.check(-1, 50));
    assertThrows(IllegalArgumentException.class, () -> Paging.check(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Paging.check(0, 501));
    Paging.check(0, 500);
  }

  @Test
  void a_far_page_does_not_overflow() {
    assertEquals(List.of(), Paging.of(SEVEN, Integer.MAX_VALUE, 500).items());
  }
}
