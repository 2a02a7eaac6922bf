#!/bin/bash
# One PMO Flow node of a local two-node cluster on a PostgreSQL database (see docs/benchmarks.md, Cluster).
# node.sh NAME PORT LDAP_EMBEDDED MAIL_EMBEDDED JOB_EXECUTOR [more --settings]
# Node a hosts the embedded directory (port 11389) and mail server (SMTP 13025) that node b uses too.
# JAR (default target/pmo-flow-0.1.0-SNAPSHOT.jar) and DB_URL/DB_USER/DB_PASSWORD may be set.
NAME=$1; PORT=$2; LDAP=$3; MAIL=$4; JOBS=${5:-true}
export PMOFLOW_DB_URL=${DB_URL:-jdbc:postgresql://localhost:5432/pmoflow} PMOFLOW_DB_USER=${DB_USER:-pmoflow} PMOFLOW_DB_PASSWORD=${DB_PASSWORD:-pmoflow}
export PMOFLOW_ADMIN_USER=admin PMOFLOW_ADMIN_PASSWORD=admin-long-password
export PMOFLOW_LDAP_URL=ldap://localhost:11389 PMOFLOW_LDAP_PASSWORD=pmo-flow-directory
export PMOFLOW_SMTP_HOST=localhost PMOFLOW_SMTP_PORT=13025
exec java -Xmx600m -jar ${JAR:-target/pmo-flow-0.1.0-SNAPSHOT.jar} --spring.profiles.active=postgres,demo \
  --server.port=$PORT \
  --pmoflow.directory.embedded-server.enabled=$LDAP --pmoflow.directory.embedded-server.port=11389 \
  --pmoflow.mail.embedded-server.enabled=$MAIL --pmoflow.mail.embedded-server.smtp-port=13025 --pmoflow.mail.embedded-server.imap-port=13143 \
  --pmoflow.notification.task-mails.enabled=false \
  --camunda.bpm.job-execution.enabled=$JOBS "${@:6}" \
  --camunda.bpm.generic-properties.properties.hostname=node-$NAME \
  > target/node-$NAME.log 2>&1
