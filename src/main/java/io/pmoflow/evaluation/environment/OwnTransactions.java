package io.pmoflow.evaluation.environment;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The environments' own transactions: what they note (links sent, removals) is committed even if the
 * calling step rolls back afterwards, so that its retry neither sends nor records it twice. (Not a
 * bean: a TransactionTemplate bean would replace the one Spring Boot gives everybody else.)
 */
final class OwnTransactions {

  private OwnTransactions() {}

  static TransactionTemplate of(PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return template;
  }
}
