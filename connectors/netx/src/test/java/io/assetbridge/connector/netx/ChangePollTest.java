package io.assetbridge.connector.netx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.assetbridge.connector.http.HttpLimits;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.connector.netx.changes.ChangePoll;
import io.assetbridge.connector.netx.client.NetxApi;
import io.assetbridge.connector.netx.client.RpcClient;
import io.assetbridge.spi.Change;
import io.assetbridge.spi.ChangeBatch;
import io.assetbridge.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class ChangePollTest extends EmulatorTestBase {

  @Test
  void listsChangesAndKeepsTheCursorAnOverlapBehindTheNewestModDate() {
    seed(asset("a.jpg", 1_000_000) + "," + asset("b.jpg", 1_500_000) + "," + asset("c.jpg", 900));
    NetxConnector netx = connector();

    ChangeBatch first = netx.changesSince(netx.cursorAt(java.time.Instant.ofEpochMilli(1000)));
    assertThat(first.changes()).extracting(Change::objectId).containsExactly("1001", "1002");
    assertThat(first.changes().get(1).versionKey()).isEqualTo("1500000");
    assertThat(first.nextCursor()).isEqualTo(Long.toString(1_500_000 - 120_000));

    ChangeBatch again = netx.changesSince(first.nextCursor());
    assertThat(again.changes()).extracting(Change::objectId).containsExactly("1002");
    assertThat(again.nextCursor()).isEqualTo(first.nextCursor());
  }

  @Test
  void fullPagesSharingOneModDateAreSteppedOverWithoutLossOrRepeats() {
    StringJoiner assets = new StringJoiner(",");
    for (int i = 0; i < 7; i++) {
      assets.add(asset("t" + i + ".jpg", 5000));
    }
    assets.add(asset("later.jpg", 6000));
    seed(assets.toString());
    ChangeBatch batch = poll(3).since(0);
    assertThat(batch.changes()).hasSize(8);
    assertThat(batch.changes()).extracting(Change::objectId).doesNotHaveDuplicates();
    assertThat(batch.nextCursor()).isEqualTo("0");
  }

  @Test
  void aConfiguredFolderLimitsThePoll() {
    seed(
        asset("a.jpg", 2000)
            + ","
            + asset("b.jpg", 3000).replace("\"folder\":\"A\"", "\"folder\":\"B/Inner\""));
    ChangeBatch batch = connector(java.util.Map.of("folder", "B")).changesSince(null);
    assertThat(batch.changes()).extracting(Change::objectId).containsExactly("1002");
  }

  @Test
  void nothingNewKeepsTheCursor() {
    assertThat(connector().changesSince("12345").nextCursor()).isEqualTo("12345");
  }

  private ChangePoll poll(int pageSize) {
    PlatformHttp http =
        new PlatformHttp(
            "netx",
            URI.create(emulator.baseUrl()),
            new HttpLimits(100, 4, Duration.ofSeconds(5), Duration.ofSeconds(10)));
    NetxApi api =
        new NetxApi(new RpcClient(http, new Secret("emulator-token"), new ObjectMapper()));
    return new ChangePoll("netx", api, () -> null, Duration.ofSeconds(120), pageSize);
  }

  static String asset(String fileName, long modDate) {
    return "{\"folder\":\"A\",\"fileName\":\""
        + fileName
        + "\",\"image\":{\"width\":32,\"height\":32},\"modDate\":"
        + modDate
        + "}";
  }
}
