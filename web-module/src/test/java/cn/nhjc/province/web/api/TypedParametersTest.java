package cn.nhjc.province.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TypedParametersTest {
  private final TypedParameters provider = new TypedParameters();

  private <T> ParamConverter<T> converter(Class<T> type) {
    return provider.getConverter(type, type, new Annotation[0]);
  }

  @Test
  void a_period_is_parsed_once_at_the_edge() {
    ParamConverter<StatPeriod> periods = converter(StatPeriod.class);
    assertEquals(StatPeriod.month(YearMonth.of(2026, 10)), periods.fromString("2026-10"));
    assertEquals(StatPeriod.parse("2026-Q4"), periods.fromString(" 2026-Q4 "));
    assertEquals("2026-10", periods.toString(StatPeriod.month(YearMonth.of(2026, 10))));
  }

  @Test
  void an_empty_parameter_is_no_parameter() {
    assertNull(converter(StatPeriod.class).fromString(""));
    assertNull(converter(ElectricityConvention.class).fromString(null));
  }

  @Test
  void a_malformed_parameter_is_refused_with_the_reason() {
    // fromString turns this into a 400 (BadRequestException, answered as problem details: see
    // OpenApiContractIT); here, without a JAX-RS runtime, the reason itself
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ((TypedParameters.Converter<StatPeriod>) converter(StatPeriod.class))
                    .read("2026-13"));
    assertTrue(bad.getMessage().contains("2026-13"), bad.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ((TypedParameters.Converter<ElectricityConvention>)
                    converter(ElectricityConvention.class))
                .read("heat"));
  }

  @Test
  void a_convention_is_read_by_its_setting_name() {
    ParamConverter<ElectricityConvention> conventions = converter(ElectricityConvention.class);
    assertEquals(ElectricityConvention.EQUAL_VALUE, conventions.fromString("equal-value"));
    assertEquals("equal-value", conventions.toString(ElectricityConvention.EQUAL_VALUE));
  }

  @Test
  void other_types_are_left_to_the_runtime() {
    assertNull(provider.getConverter(String.class, String.class, new Annotation[0]));
  }

  @Test
  void no_period_asked_is_the_last_complete_month() {
    assertEquals(StatPeriod.month(StatPeriod.lastCompleteMonth()), StatPeriod.orDefault(null));
  }
}
