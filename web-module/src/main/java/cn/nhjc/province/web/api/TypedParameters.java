package cn.nhjc.province.web.api;

import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Parses the API's typed query parameters once, at the edge: a period ({@link StatPeriod#parse}:
 * {@code 2026-10-05}, {@code 2026-10}, {@code 2026-Q4}, {@code 2026}) and an electricity convention
 * ({@code equivalent}, {@code equal-value}). An empty value is no value; a malformed one is a bad
 * request (400, problem details) raised here, before any service is called, so it never reaches the
 * log as a server error.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == StatPeriod.class) {
      return (ParamConverter<T>) new Converter<>(StatPeriod::parse);
    }
    if (rawType == ElectricityConvention.class) {
      return (ParamConverter<T>) new Converter<>(ElectricityConvention::ofSetting);
    }
    return null;
  }

  /**
   * A converter from text through a parser that refuses bad text with an IllegalArgumentException.
   */
  static final class Converter<T> implements ParamConverter<T> {
    private final Function<String, T> parser;

    Converter(Function<String, T> parser) {
      this.parser = parser;
    }

    /**
     * The value of the text: none for an empty one.
     *
     * @throws IllegalArgumentException with the reason, for a malformed one
     */
    T read(String value) {
      return value == null || value.isBlank() ? null : parser.apply(value.trim());
    }

    @Override
    public T fromString(String value) {
      try {
        return read(value);
      } catch (IllegalArgumentException e) {
        // thrown as it is, a WebApplicationException is answered directly; any other exception
        // of a query parameter's conversion would be answered 404
        throw new BadRequestException(e.getMessage(), e);
      }
    }

    @Override
    public String toString(T value) {
      return value instanceof ElectricityConvention convention
          ? convention.setting()
          : String.valueOf(value);
    }
  }
}
