package plaincamunda;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The steps of the peer's onboarding ({@link PeerOnboarding}), each the plain JDBC or engine call a
 * Camunda developer would write, in the engine's transaction (Spring-managed, shared with
 * {@link JdbcTemplate}).
 */
@Configuration
class PeerOnboardingSteps {

  static final String VENDORS_GROUP = "peervendors";

  static void createTables(JdbcTemplate jdbc) {
    jdbc.execute("create table if not exists peer_member (id bigserial primary key, name varchar(200), email varchar(200),"
        + " username varchar(100), status varchar(20), process_instance_id varchar(64))");
    jdbc.execute("create table if not exists peer_grant (id bigserial primary key, member_id bigint, system_code varchar(50),"
        + " role_code varchar(50), justification varchar(2000), status varchar(20))");
    jdbc.execute("create table if not exists peer_mail (id bigserial primary key, recipient varchar(200), subject varchar(200),"
        + " body text, status varchar(20))");
  }

  /** The collection of the members' multi-instance: the stored ids, comma-separated. */
  public static class MemberIds {
    public List<Long> ids(String memberIds) {
      return Arrays.stream(memberIds.split(",")).map(Long::valueOf).toList();
    }
  }

  @Bean
  MemberIds peerMembers() {
    return new MemberIds();
  }

  @Bean
  JavaDelegate peerStoreMember(JdbcTemplate jdbc) {
    return execution -> {
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement(
            "insert into peer_member (name, email, status, process_instance_id) values (?, ?, 'ONBOARDING', ?)",
            Statement.RETURN_GENERATED_KEYS);
        insert.setString(1, (String) execution.getVariable("memberName"));
        insert.setString(2, (String) execution.getVariable("memberEmail"));
        insert.setString(3, execution.getProcessInstanceId());
        return insert;
      }, key);
      long memberId = ((Number) key.getKeys().get("id")).longValue();
      jdbc.update("insert into peer_grant (member_id, system_code, role_code, justification, status) values (?, ?, ?, ?, 'APPROVED')",
          memberId, execution.getVariable("system"), execution.getVariable("role"), execution.getVariable("justification"));
      jdbc.update("insert into peer_mail (recipient, subject, body, status) values (?, 'Onboarding received', ?, 'PENDING')",
          "pm@peer.example", execution.getProcessInstanceId());
      execution.setVariable("memberIds", String.valueOf(memberId));
    };
  }

  @Bean
  JavaDelegate peerLoadMember(JdbcTemplate jdbc) {
    return execution -> {
      long memberId = ((Number) execution.getVariable("memberId")).longValue();
      String name = jdbc.queryForObject("select name from peer_member where id = ?", String.class, memberId);
      long waiting = jdbc.queryForObject(
          "select count(*) from peer_grant where member_id = ? and status = 'REQUESTED'", Long.class, memberId);
      execution.setVariable("memberCase", name + " (" + memberId + ")");
      execution.setVariable("approvalNeeded", waiting > 0);
    };
  }

  @Bean
  JavaDelegate peerCreateAccount(JdbcTemplate jdbc, IdentityService identity) {
    return execution -> {
      long memberId = ((Number) execution.getVariable("memberId")).longValue();
      String username = "peer" + memberId;
      if (identity.createUserQuery().userId(username).count() == 0) {
        User user = identity.newUser(username);
        user.setEmail(jdbc.queryForObject("select email from peer_member where id = ?", String.class, memberId));
        identity.saveUser(user);
        identity.createMembership(username, VENDORS_GROUP);
      }
      jdbc.update("update peer_member set username = ?, status = 'PROVISIONING' where id = ?", username, memberId);
    };
  }

  @Bean
  JavaDelegate peerGrantRole(JdbcTemplate jdbc) {
    return execution -> jdbc.update("update peer_grant set status = 'GRANTED' where member_id = ? and status = 'APPROVED'",
        execution.getVariable("memberId"));
  }

  @Bean
  JavaDelegate peerQueueActivation(JdbcTemplate jdbc) {
    return execution -> {
      long memberId = ((Number) execution.getVariable("memberId")).longValue();
      jdbc.update("update peer_member set status = 'ACTIVE' where id = ?", memberId);
      jdbc.update("insert into peer_mail (recipient, subject, body, status) select email, 'Your account',"
          + " 'Activate your account ' || username, 'PENDING' from peer_member where id = ?", memberId);
    };
  }

  @Bean
  JavaDelegate peerQueueSummary(JdbcTemplate jdbc) {
    return execution -> {
      String body = String.join("\n", jdbc.queryForList(
          "select m.name || ' ' || m.username || ': ' || g.system_code || '/' || g.role_code || ' ' || g.status"
              + " from peer_member m join peer_grant g on g.member_id = m.id where m.process_instance_id = ? order by m.id",
          String.class, execution.getProcessInstanceId()));
      for (String recipient : List.of("pm@peer.example", "lead@peer.example")) {
        jdbc.update("insert into peer_mail (recipient, subject, body, status) values (?, 'Access summary', ?, 'PENDING')",
            recipient, body);
      }
    };
  }

  @Bean
  JavaDelegate peerQueueReminder(JdbcTemplate jdbc) {
    return execution -> jdbc.update(
        "insert into peer_mail (recipient, subject, body, status) values ('pm@peer.example', 'Contract ends', ?, 'PENDING')",
        execution.getProcessInstanceId());
  }
}
