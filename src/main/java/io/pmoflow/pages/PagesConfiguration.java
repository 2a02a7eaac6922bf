package io.pmoflow.pages;

import io.pmoflow.security.WebappLogins;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages under {@code /pmo}: Tasklist's login, and a form token on every change. */
@Configuration
class PagesConfiguration implements WebMvcConfigurer {

  static final String PATH = "/pmo";

  @Bean
  FilterRegistrationBean<PageLoginFilter> pageLogin(WebappLogins logins) {
    FilterRegistrationBean<PageLoginFilter> registration = new FilterRegistrationBean<>(new PageLoginFilter(logins));
    registration.setName("page-login");
    registration.addUrlPatterns(PATH, PATH + "/*");
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PageTokenCheck()).addPathPatterns(PATH, PATH + "/**");
  }
}
