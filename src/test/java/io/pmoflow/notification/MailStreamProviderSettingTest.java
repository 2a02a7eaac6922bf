package io.pmoflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The stream provider named for Jakarta Mail is one it can load: mails are still written and read. */
class MailStreamProviderSettingTest {

  String before;

  @BeforeEach
  void forget() {
    before = System.clearProperty(MailStreamProviderSetting.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(MailStreamProviderSetting.PROPERTY);
    } else {
      System.setProperty(MailStreamProviderSetting.PROPERTY, before);
    }
  }

  @Test
  void namesAngusMailsProviderAndMailsAreStillWrittenAndRead() throws Exception {
    new MailStreamProviderSetting();
    assertThat(System.getProperty(MailStreamProviderSetting.PROPERTY)).isEqualTo(MailStreamProviderSetting.ANGUS_PROVIDER);

    Session session = Session.getInstance(new Properties());
    MimeMessage message = new MimeMessage(session);
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom("pmo-flow@localhost");
    helper.setTo("ann@acme.example");
    helper.setSubject("アカウントのご案内");
    helper.setText("ようこそ、Ann さん。\nWelcome.");
    helper.addAttachment("notes.txt", () -> new ByteArrayInputStream("attached".getBytes()), "text/plain");
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    message.writeTo(written);

    MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(written.toByteArray()));
    assertThat(read.getSubject()).isEqualTo("アカウントのご案内");
    assertThat(new String(written.toByteArray())).contains("Content-Transfer-Encoding: base64");
  }

  @Test
  void keepsAProviderTheOperatorNamed() {
    System.setProperty(MailStreamProviderSetting.PROPERTY, "com.example.OwnProvider");
    new MailStreamProviderSetting();
    assertThat(System.getProperty(MailStreamProviderSetting.PROPERTY)).isEqualTo("com.example.OwnProvider");
  }
}
