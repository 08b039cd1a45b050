package io.assetbridge.emulator.vip;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.vip.support.EmulatorTest;
import io.assetbridge.emulator.vip.support.Reply;
import org.junit.jupiter.api.Test;

class UploadLimitTest extends EmulatorTest {

  @Override
  protected EmulatorSettings settings() {
    return super.settings().withMaxFileBytes(1000);
  }

  @Test
  void fileOverTheLimitIs413AndLeavesNoAsset() {
    Reply reply = createAsset("{}", "big.bin", new byte[5000]);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.problem()).isEqualTo("too-large");
    assertThat(client.get("/api/v1/assets").json().get("items").size()).isZero();
  }

  @Test
  void fileAtTheLimitIsAccepted() {
    assertThat(createAsset("{}", "ok.bin", new byte[1000]).status()).isEqualTo(201);
  }
}
