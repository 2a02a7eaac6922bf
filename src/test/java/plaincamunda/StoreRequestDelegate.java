package plaincamunda;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The peer's stand-in for PMO Flow's domain write: stores what the start sent (title and
 * description) in a table of its own, in the engine's transaction, and notes the row's id.
 */
public class StoreRequestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    try (PreparedStatement insert = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection().prepareStatement(
        "insert into peer_request (title, description, process_instance_id) values (?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, (String) execution.getVariable("title"));
      insert.setString(2, (String) execution.getVariable("description"));
      insert.setString(3, execution.getProcessInstanceId());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        execution.setVariable("requestId", keys.getLong(1));
      }
    }
  }
}
