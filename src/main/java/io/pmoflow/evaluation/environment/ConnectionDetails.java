package io.pmoflow.evaluation.environment;

/** What a tester needs to connect to an environment; shown once, on the page behind their link. */
record ConnectionDetails(String environmentKey, String host, int port, String database, String role, String password, String jdbcUrl) {}
