package io.assetbridge.connector.http;

import io.assetbridge.connector.http.HttpCallListener.Direction;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Request and response bodies that report their bytes to {@link HttpObservers} as they stream, so
 * uploads and downloads are counted without being held in memory.
 */
final class CountedBodies {
  private CountedBodies() {}

  static HttpRequest request(HttpRequest request, String connection) {
    var body = request.bodyPublisher();
    if (body.isEmpty() || body.get().contentLength() == 0) {
      return request;
    }
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .method(request.method(), new CountedPublisher(body.get(), connection))
        .build();
  }

  static <T> BodyHandler<T> handler(BodyHandler<T> handler, String connection) {
    return info -> new CountedSubscriber<>(handler.apply(info), connection);
  }

  private record CountedPublisher(BodyPublisher inner, String connection) implements BodyPublisher {
    @Override
    public long contentLength() {
      return inner.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      inner.subscribe(
          new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
              subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
              HttpObservers.transferred(connection, Direction.OUT, item.remaining());
              subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
              subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
              subscriber.onComplete();
            }
          });
    }
  }

  private record CountedSubscriber<T>(BodySubscriber<T> inner, String connection)
      implements BodySubscriber<T> {
    @Override
    public CompletionStage<T> getBody() {
      return inner.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      inner.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      long bytes = 0;
      for (ByteBuffer b : items) {
        bytes += b.remaining();
      }
      HttpObservers.transferred(connection, Direction.IN, bytes);
      inner.onNext(items);
    }

    @Override
    public void onError(Throwable throwable) {
      inner.onError(throwable);
    }

    @Override
    public void onComplete() {
      inner.onComplete();
    }
  }
}
