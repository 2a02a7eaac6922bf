package io.pmoflow.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the application API reads its input.
 *
 * <p>Request bodies are read strictly: a number or boolean where text is expected, or a number
 * where a named value (an enum) is expected, is refused instead of silently converted. Only the
 * A number, date or named value typed full-width ({@code "２５０，０００"}) is read half-width.
 * Only the
 * Spring MVC controllers (the {@code /api}) read with this mapper: the shared {@link ObjectMapper}
 * bean (used by form listeners, which receive Tasklist's untyped values) and Camunda's own REST
 * APIs (Jersey, with their own mappers) are not affected.
 *
 * <p>Bean Validation's {@code @Future}/{@code @PastOrPresent} rules use the application's {@link
 * Clock}, so "already passed" means the same to validation as to the services.
 */
@Configuration
class ApiInputConfiguration implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (int i = 0; i < converters.size(); i++) {
      if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
        // a new converter: the shared one is also used by HTTP clients built from the context
        converters.set(i, new MappingJackson2HttpMessageConverter(strict(json.getObjectMapper())));
      }
    }
  }

  /**
   * A copy of {@code base} that refuses scalars of the wrong kind instead of coercing them: no
   * number or boolean as text, no fraction as a whole number, no number as an enum or a
   * boolean.
   */
  static ObjectMapper strict(ObjectMapper base) {
    ObjectMapper mapper = base.copy();
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.addHandler(new FullWidthValues());
    return mapper;
  }

  @Bean
  ValidationConfigurationCustomizer validationClock(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }
}
