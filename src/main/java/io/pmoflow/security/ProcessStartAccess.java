package io.pmoflow.security;

import java.util.Set;

/**
 * Declares which groups may start a process (from Tasklist or through the API). Each process
 * feature publishes one as a bean; {@link AccessBootstrap} turns them into engine grants.
 */
public record ProcessStartAccess(String processKey, Set<String> groups) {}
