package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.WebhookRequest;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A webhook the emulator really sends verifies and maps to the same change the feed gives. */
class WebhookDeliveryTest extends EmulatorBackedTest {
  final BlockingQueue<WebhookRequest> received = new LinkedBlockingQueue<>();
  HttpServer receiver;

  @AfterEach
  void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void aSignedWebhookFromVipBecomesTheFeedsChange() throws Exception {
    startReceiver();
    emulator.webhook(
        "{\"url\":\"http://localhost:"
            + receiver.getAddress().getPort()
            + "/hooks/vip\",\"secret\":\"hook-secret\",\"enabled\":true}");
    emulator.seed(ChangeFeedTest.submissions(1));

    WebhookRequest hook = received.poll(10, TimeUnit.SECONDS);

    assertThat(hook).isNotNull();
    VipConnector verifying = webhookConnector("old-secret,hook-secret");
    assertThat(verifying.parseWebhook(hook)).isEqualTo(vip.changesSince(null).changes());
  }

  private void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    receiver.createContext(
        "/hooks/vip",
        exchange -> {
          Map<String, List<String>> headers = new HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(new WebhookRequest(headers, body, Instant.now()));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  private VipConnector webhookConnector(String secrets) {
    Map<String, Object> values = new HashMap<>();
    values.put("baseUrl", EMULATOR.baseUrl());
    values.put("token", new Secret(EmulatorControl.TOKEN));
    values.put("webhookSecret", new Secret(secrets));
    return new VipConnector(
        VipSettings.from(new ConnectionSettings("vip", values, InstantSource.system())));
  }
}
