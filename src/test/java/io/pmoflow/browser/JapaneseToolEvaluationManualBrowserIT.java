package io.pmoflow.browser;

import com.icegreen.greenmail.util.GreenMail;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Japanese manual's pictures of the tool evaluation chapter (docs/manual/ja/tool-evaluation.md,
 * images in docs/manual/images/ja): the same journey as {@link ToolEvaluationBrowserIT}, by people who
 * read Japanese ({@link JourneySteps#japanese}), on a case written in Japanese.
 */
@PostgresIntegrationTest
class JapaneseToolEvaluationManualBrowserIT {

  static final ToolEvaluationJourney.Words JAPANESE = new ToolEvaluationJourney.Words(
      "ja/",
      "営業データ基盤",
      Projects.ORDER_PORTAL_SPEC_JA,
      "営業部と経理部のデータ依頼に合う BI ツールはどれか？",
      "lakeview | レイクビュー BI | 120000\ntablo | タブロ クラウド | 90000",
      "使いやすさ | 60\n速さ | 30",
      "使いやすさ | 60\n速さ | 40",
      "評価サーバー上のマスク済みコピーを 20 日間。容量の範囲内です。",
      "顧客の連絡先はマスクされます。営業部は試用に同意しています。",
      "使いやすさ | 4 | 月次売上レポートを 1 時間で自分で作れた\n速さ | 2 | 注文一覧の絞り込みに 20 秒かかった",
      "使いやすさ | 3 | 注文と地域の結合に手助けが必要だった\n速さ | 4 | どのレポートも速い",
      "使いやすさ | 5 | ドラッグ＆ドロップのレポート作成がわかりやすい\n速さ | 5 | 240 件の注文で即時",
      "使いやすさ | 3 | 数式の場所がわかりにくい\n速さ | 4 | 速い",
      "エヴァンは注文一覧全体を、エラは最初のページだけを絞り込みました。同じ条件ならレイクビューも十分速く、速さ 4 が妥当です。",
      "レイクビュー BI が合います。営業チームが月次レポートを自分で作れ、経理部も再利用できます。タブロは安価ですが、結合のたびに手助けが要ります。",
      "ユーザー単位のライセンス：20 ユーザーまで月 120,000 円。それを超えると追加費用がかかります。",
      "FUN-ORDER: 注文",
      "注文レポートをレイクビュー BI で",
      "注文を入力する\n注文を確定する\nレイクビュー BI の月次売上レポートで確認する",
      "評価で選んだレポートツールで注文を見たいと営業部が望んでいます。");

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired GreenMail greenMail;

  @Test
  void aToolEvaluationInJapanese() {
    new ToolEvaluationJourney(JourneySteps.japanese(browser, http, tasks, port), http, tasks, runtime, history, management, greenMail,
        JAPANESE).walk("JA-EV-" + ThreadLocalRandom.current().nextInt(100000, 999999));
  }
}
