package io.pmoflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PmoFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(PmoFlowApplication.class, args);
  }
}
