package io.pmoflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  boolean existsByDedupeKey(String dedupeKey);

  long countByStatus(OutboxMail.Status status);

  List<OutboxMail> findByDedupeKeyStartingWithOrderById(String prefix);

  @Query(
      "select m.id from OutboxMail m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.id")
  List<Long> findDue(@Param("now") Instant now, Limit limit);

  /** Takes the mail for this node; 0 when another node (or an earlier run) took it first. */
  @Modifying
  @Query(
      "update OutboxMail m set m.status = 'SENDING', m.nextAttemptAt = :now where m.id = :id and m.status = 'PENDING'")
  int claim(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query("update OutboxMail m set m.status = 'SENT', m.sentAt = :now, m.attempts = m.attempts + 1 where m.id = :id")
  void markSent(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query("update OutboxMail m set m.body = :replacement where m.id = :id")
  void eraseBody(@Param("id") long id, @Param("replacement") String replacement);

  @Modifying
  @Query(
      "update OutboxMail m set m.status = :status, m.attempts = m.attempts + 1, m.nextAttemptAt = :next,"
          + " m.lastError = :error where m.id = :id")
  void markFailedAttempt(
      @Param("id") long id,
      @Param("status") OutboxMail.Status status,
      @Param("next") Instant next,
      @Param("error") String error);

  /** A node that died while sending leaves SENDING behind; such mails go back to the queue. */
  @Modifying
  @Query(
      "update OutboxMail m set m.status = 'PENDING' where m.status = 'SENDING' and m.nextAttemptAt < :staleBefore")
  int releaseStale(@Param("staleBefore") Instant staleBefore);
}
