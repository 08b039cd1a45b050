package io.assetbridge.emulator.vip.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;

/** Writes a finished response straight to the servlet response, files streamed from disk. */
public final class ResponseWriter {
  private ResponseWriter() {}

  public static void write(HttpServletResponse res, ApiResponse response) {
    res.setStatus(response.status());
    response.headers().forEach(res::setHeader);
    if (response.contentType() != null) {
      res.setHeader("Content-Type", response.contentType());
    }
    res.setContentLengthLong(response.contentLength());
    try {
      OutputStream out = res.getOutputStream();
      if (response.file() != null) {
        copy(response.file(), out);
      } else if (response.bytes() != null) {
        out.write(response.bytes());
      }
      out.flush();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
  }

  private static void copy(ApiResponse.FileSlice slice, OutputStream out) throws IOException {
    try (FileChannel channel = FileChannel.open(slice.path())) {
      WritableByteChannel target = Channels.newChannel(out);
      long position = slice.offset();
      long end = slice.offset() + slice.length();
      while (position < end) {
        position += channel.transferTo(position, end - position, target);
      }
    }
  }
}
